import type { Language } from '../../settings/core/constants';
import type { RegistrationState } from '../search/event-state';
import type { EventsMessages } from '../../i18n/messages/events';
import { formatShortDay } from './event-dates';

/** "Candidatures jusqu'au 30 nov.", "Complet", "Candidatures closes"… (null: nothing to say). */
export function registrationText(
  state: RegistrationState,
  t: EventsMessages,
  language: Language,
  now: Date,
): string | null {
  switch (state.kind) {
    case 'closed':
      return t.registrationClosed;
    case 'full':
      return t.full;
    case 'opens':
      return t.registrationOpens(formatShortDay(state.at, language, now));
    case 'open-until':
      return t.registrationUntil(formatShortDay(state.at, language, now));
    default:
      return null;
  }
}

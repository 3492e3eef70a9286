import type { Language } from '../settings/core/settings';
import common from './messages/common';
import errors from './messages/errors';
import events from './messages/events';
import eventsPanel from './messages/events-panel';
import journal from './messages/journal';
import settings from './messages/settings';
import status from './messages/status';

/**
 * All UI strings, by feature namespace, in French (the default) and English. Each English
 * namespace is typed after the French one, so a missing translation fails the typecheck.
 * Strings that take values are functions (plurals and formatting stay in the catalogue).
 */
export const catalogs = {
  fr: {
    common: common.fr,
    errors: errors.fr,
    events: events.fr,
    eventsPanel: eventsPanel.fr,
    journal: journal.fr,
    settings: settings.fr,
    status: status.fr,
  },
  en: {
    common: common.en,
    errors: errors.en,
    events: events.en,
    eventsPanel: eventsPanel.en,
    journal: journal.en,
    settings: settings.en,
    status: status.en,
  },
} satisfies Record<Language, unknown>;

export type Messages = (typeof catalogs)['fr'];

export function messagesFor(language: Language): Messages {
  return catalogs[language];
}

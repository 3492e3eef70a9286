import type { Language } from '../../settings/core/constants';
import type { EmploymentEvent } from '../core/event';
import { formatEventWhen } from '../dates/event-dates';
import { registrationText } from '../dates/registration-text';
import { registrationState } from '../search/event-state';
import type { EventsMessages } from '../../i18n/messages/events';
import type { EventsPanelMessages } from '../../i18n/messages/events-panel';

type MailEvent = Omit<EmploymentEvent, 'descriptionHtml'>;

/**
 * Longest `mailto:` URL written. Mail clients and the systems that hand them the link cut
 * longer ones (about 2,000 characters is the common floor: Outlook on Windows, older
 * browsers), so the body stops before, at an event's boundary, and says how many are left.
 */
export const MAILTO_MAX_LENGTH = 1900;

export interface MailDraft {
  /** The `mailto:` URL (no recipient: the agent adds the person's address). */
  url: string;
  /** How many of the events the body holds (the first ones). */
  included: number;
}

const CRLF = '\r\n';

/** One event's lines: title, when (in the event's zone), where or online, registration. */
export function mailEventLines(
  event: MailEvent,
  e: EventsMessages,
  p: EventsPanelMessages,
  language: Language,
  now: Date,
): string[] {
  const where = event.place && !event.online ? `${event.place.city} (${event.place.postalCode})` : e.online;
  const lines = [
    event.title,
    `${p.mailWhen} ${formatEventWhen(event, language, now)}`,
    `${p.mailWhere} ${where}`,
  ];
  const registration = registrationText(registrationState(event, now), e, language, now);
  if (registration) lines.push(registration);
  if (event.url) lines.push(`${p.mailRegister} ${event.url}`);
  return lines;
}

// RFC 6068: every character outside the unreserved set is percent-encoded, line breaks as %0D%0A.
const encode = (text: string) => encodeURIComponent(text.replace(/[\u00a0\u202f]/g, ' '));

function urlOf(subject: string, body: string): string {
  return `mailto:?subject=${encode(subject)}&body=${encode(body)}`;
}

/**
 * The e-mail that hands one or several events over: subject (the title, or a general one),
 * a greeting, each event's lines, the advice. As many events as fit under
 * `MAILTO_MAX_LENGTH` (always the first), then a line saying how many were left out.
 */
export function mailDraft(
  events: readonly MailEvent[],
  e: EventsMessages,
  p: EventsPanelMessages,
  language: Language,
  now: Date,
  maxLength = MAILTO_MAX_LENGTH,
): MailDraft {
  const subject = events.length === 1 && events[0] ? events[0].title : p.mailSubjectMany;
  const head = [p.mailGreeting, '', p.mailIntro(events.length), ''];
  const blocks = events.map((event, i) => {
    const [title, ...rest] = mailEventLines(event, e, p, language, now);
    const prefix = events.length > 1 ? `${i + 1}. ` : '';
    return [`${prefix}${title ?? ''}`, ...rest.map((line) => (prefix ? `   ${line}` : line))].join(CRLF);
  });
  const bodyOf = (count: number) => {
    const omitted = events.length - count;
    return [
      ...head,
      blocks.slice(0, count).join(CRLF + CRLF),
      ...(omitted > 0 ? ['', p.mailOmitted(omitted)] : []),
      '',
      e.printAdvice,
    ].join(CRLF);
  };
  let count = events.length;
  while (count > 1 && urlOf(subject, bodyOf(count)).length > maxLength) count -= 1;
  return { url: urlOf(subject, bodyOf(count)), included: Math.min(count, events.length) };
}

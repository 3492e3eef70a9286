import type { EmploymentEvent } from './event';
import { typeCodeOfLabel } from './event-type';
import { PARIS } from '../../core/zoned-time';

/**
 * An event cached by an older version (storage version 1): its hours were read as Paris
 * wall time and its type code came from an older table. Shown on Paris time (as it was
 * computed) with its code read anew from its label, until the next refresh replaces it.
 */
export function upgradeCachedEvent<T extends Partial<EmploymentEvent> & Pick<EmploymentEvent, 'typeLabel'>>(
  event: T,
): T & Pick<EmploymentEvent, 'timeZone' | 'typeCode'> {
  return { ...event, timeZone: event.timeZone || PARIS, typeCode: typeCodeOfLabel(event.typeLabel) };
}

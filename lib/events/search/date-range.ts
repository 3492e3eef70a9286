import { addDays, addMonths, endOfMonth, isoWeekday } from '../../core/paris-time';
import type { Period } from './filters';

export interface DayRange {
  /** "yyyy-MM-dd" inclusive bounds; an empty string leaves that side open. */
  from: string;
  to: string;
}

/**
 * The Paris days a period covers, from today: this week (to Sunday), this month (to its
 * last day), three months, or the agent's own bounds.
 */
export function periodRange(period: Period, today: string, custom: DayRange): DayRange {
  switch (period) {
    case 'week':
      return { from: today, to: addDays(today, 7 - isoWeekday(today)) };
    case 'month':
      return { from: today, to: endOfMonth(today) };
    case 'three-months':
      return { from: today, to: addMonths(today, 3) };
    case 'custom':
      return { from: custom.from, to: custom.to };
    default:
      return { from: '', to: '' };
  }
}

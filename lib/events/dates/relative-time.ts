import { localeTag, type Language } from '../../settings/core/constants';

const formatters = new Map<Language, Intl.RelativeTimeFormat>();

function formatter(language: Language): Intl.RelativeTimeFormat {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(localeTag(language), {
      numeric: 'auto',
      style: 'short',
    });
    formatters.set(language, format);
  }
  return format;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago an instant was: fr "il y a 5 min", "il y a 2 h", "hier"; en "5 min ago".
 * Returns null under a minute (the caller says "à l'instant") and for future instants
 * (a clock skew between machines must not show "dans 2 min").
 */
export function formatTimeAgo(instant: string, now: Date, language: Language): string | null {
  const elapsed = now.getTime() - new Date(instant).getTime();
  if (!Number.isFinite(elapsed) || elapsed < MINUTE) return null;
  const format = formatter(language);
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return format.format(-Math.floor(elapsed / DAY), 'day');
}

import { PRESET_HOST_PERMISSIONS } from './core/hosts';

/**
 * Host access for custom endpoints. Match patterns ignore ports, so access is asked per
 * scheme and host ("https://gw.example.fr/*"). Pure functions first; the browser calls
 * (which need a user gesture to ask) are the thin adapter at the end.
 */

/** The match pattern that covers a URL, or undefined for a non-http(s) or broken URL. */
export function originPattern(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return undefined;
    return `${protocol}//${hostname}/*`;
  } catch {
    return undefined;
  }
}

/** Whether the hosts granted at install (the presets) already cover a URL. */
export function isPresetHost(url: string): boolean {
  const pattern = originPattern(url);
  return pattern !== undefined && PRESET_HOST_PERMISSIONS.includes(pattern);
}

/** The distinct patterns the given URLs need beyond the presets. */
export function customOriginPatterns(urls: readonly (string | undefined)[]): string[] {
  const patterns = urls
    .filter((url): url is string => typeof url === 'string' && !isPresetHost(url))
    .map(originPattern)
    .filter((pattern): pattern is string => pattern !== undefined);
  return [...new Set(patterns)];
}

/** The browser's permission calls, behind a seam so components are tested with a fake. */
export interface HostPermissions {
  contains(pattern: string): Promise<boolean>;
  /** Must be called synchronously from a click or submit handler (user gesture). */
  request(patterns: string[]): Promise<boolean>;
}

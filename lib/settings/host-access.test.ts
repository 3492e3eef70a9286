import { describe, expect, it } from 'vitest';
import { customOriginPatterns, isPresetHost, originPattern } from './host-access';

describe('host access', () => {
  it('builds the match pattern of a URL, port and path dropped', () => {
    expect(originPattern('https://gw.example.fr:8443/partenaire/evenements/v1')).toBe(
      'https://gw.example.fr/*',
    );
    expect(originPattern('http://127.0.0.1:40123')).toBe('http://127.0.0.1/*');
    expect(originPattern('ftp://x.example')).toBeUndefined();
    expect(originPattern('not a url')).toBeUndefined();
  });

  it('knows the hosts granted at install: loopback only, no upstream service', () => {
    expect(isPresetHost('http://127.0.0.1:9999/x')).toBe(true);
    expect(isPresetHost('http://localhost:8788/api/v1')).toBe(true);
    expect(isPresetHost('https://api.francetravail.io/partenaire/evenements/v1')).toBe(false);
    expect(isPresetHost('https://particulier.api.gouv.fr/api/v3')).toBe(false);
    expect(isPresetHost('http://api.francetravail.io/x')).toBe(false);
    expect(isPresetHost('https://gw.example.fr')).toBe(false);
  });

  it('lists each custom host once', () => {
    expect(
      customOriginPatterns([
        'https://gw.example.fr/evenements/v1',
        'https://gw.example.fr/token?realm=/partenaire',
        'http://127.0.0.1:8788/api/v1',
        undefined,
        'https://fc.example.fr/api/v2',
      ]),
    ).toEqual(['https://gw.example.fr/*', 'https://fc.example.fr/*']);
  });
});

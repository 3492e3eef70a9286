import { describe, expect, it } from 'vitest';
import { isExtensionOrigin, refreshTokenTtl } from './provider';

describe('refresh token lifetime', () => {
  const now = () => Math.floor(Date.now() / 1000);

  it('ends the family at min(8 h, ProConnect session) after the sign-in, whatever the rotations', () => {
    const limits = { maxSeconds: 8 * 3600, proconnectSeconds: 12 * 3600 };
    expect(refreshTokenTtl({ authTime: now() }, limits)).toBeGreaterThan(8 * 3600 - 5);
    expect(refreshTokenTtl({ authTime: now() }, limits)).toBeLessThanOrEqual(8 * 3600);
    // Rotated seven hours later: one hour left, not another eight.
    expect(refreshTokenTtl({ authTime: now() - 7 * 3600 }, limits)).toBeLessThanOrEqual(3600);
    expect(refreshTokenTtl({ authTime: now() - 7 * 3600 }, limits)).toBeGreaterThan(3600 - 5);
  });

  it('never outlives a shorter ProConnect session', () => {
    expect(
      refreshTokenTtl({ authTime: now() }, { maxSeconds: 8 * 3600, proconnectSeconds: 600 }),
    ).toBeLessThanOrEqual(600);
  });
});

describe('extension origins allowed by CORS', () => {
  it('are Chrome and Firefox extension origins only', () => {
    expect(isExtensionOrigin('chrome-extension://elangemhemgkbajjllcmdnnfleoelhfk')).toBe(true);
    expect(isExtensionOrigin('moz-extension://0a2c2d31-58de-4b7e-8933-7ad4cdfae4b9')).toBe(true);
    expect(isExtensionOrigin('https://elangemhemgkbajjllcmdnnfleoelhfk.chromiumapp.org')).toBe(false);
    expect(isExtensionOrigin('https://evil.example')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { API_PARTICULIER_NOT_FOUND_SAMPLE } from './core/wire/fixtures';
import { apiParticulierFailure, isPlausibleIdentifiant } from './clients';

const errorBody = (code: string) =>
  JSON.stringify({ errors: [{ code, title: 't', detail: 'd', source: null, meta: {} }] });
const answer = (status: number, text: string, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
  text,
});

describe('apiParticulierFailure', () => {
  it('turns 404 24003 into a "not found" outcome', () => {
    expect(apiParticulierFailure(answer(404, JSON.stringify(API_PARTICULIER_NOT_FOUND_SAMPLE)))).toEqual({
      ok: true,
      value: { kind: 'not_found' },
    });
  });

  it.each([
    [401, '00101', 'token_invalid'],
    [401, '00103', 'token_invalid'],
    [401, '00105', 'token_invalid'],
    [403, '00100', 'forbidden'],
    [409, '00015', 'conflict'],
    [422, '00203', 'invalid_request'],
    [429, '00429', 'rate_limited'],
    [502, '24999', 'server'],
    [503, '24001', 'server'],
    [503, '00501', 'server'],
    [504, '24004', 'server'],
  ] as const)('maps HTTP %i %s to %s with the provider code', (status, providerCode, code) => {
    expect(apiParticulierFailure(answer(status, errorBody(providerCode)))).toEqual({
      ok: false,
      error: expect.objectContaining({ code, providerCode, status, service: 'api-particulier' }),
    });
  });

  it('still maps an unreadable error body by its HTTP status', () => {
    expect(apiParticulierFailure(answer(401, '<html>'))).toMatchObject({
      ok: false,
      error: { code: 'token_invalid' },
    });
    expect(apiParticulierFailure(answer(429, 'slow down', { 'Retry-After': '2' }))).toMatchObject({
      ok: false,
      error: { code: 'rate_limited', retryAfterSeconds: 2 },
    });
  });
});

describe('isPlausibleIdentifiant', () => {
  it('accepts France Travail identifiers and the sandbox ones, nothing injectable', () => {
    expect(['123456A', '1234567A', 'default', 'not_found'].every(isPlausibleIdentifiant)).toBe(true);
    expect(['', '12 34', '1&recipient=0', 'x'.repeat(21)].some(isPlausibleIdentifiant)).toBe(false);
  });
});

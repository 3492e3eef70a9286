import { describe, expect, it } from 'vitest';
import { API_PARTICULIER_ERROR_IDENTIFIERS, API_PARTICULIER_PEOPLE } from '../../../simulator/data/people';
import { IDENTIFIER_MAX_LENGTH, checkIdentifier, identifierKey } from './identifier';

describe('checkIdentifier (a France Travail username)', () => {
  it('accepts every demo identifier of the simulator and the sandbox ones', () => {
    for (const person of API_PARTICULIER_PEOPLE) {
      expect(checkIdentifier(person.identifiant).ok, person.identifiant).toBe(true);
    }
    for (const identifiant of Object.keys(API_PARTICULIER_ERROR_IDENTIFIERS)) {
      expect(checkIdentifier(identifiant).ok, identifiant).toBe(true);
    }
    expect(checkIdentifier('default')).toEqual({ ok: true, value: 'default' });
    expect(checkIdentifier('not_found')).toEqual({ ok: true, value: 'not_found' });
  });

  it('accepts the usernames of the OpenAPI examples, as typed, trimmed only', () => {
    expect(checkIdentifier(' jean.dupont33 ')).toEqual({ ok: true, value: 'jean.dupont33' });
    expect(checkIdentifier('martin.jacques')).toEqual({ ok: true, value: 'martin.jacques' });
    expect(checkIdentifier('1234567a')).toEqual({ ok: true, value: '1234567a' });
    expect(checkIdentifier('marie-claire_2')).toEqual({ ok: true, value: 'marie-claire_2' });
    expect(checkIdentifier('x'.repeat(IDENTIFIER_MAX_LENGTH)).ok).toBe(true);
  });

  it('refuses what cannot be a username, with the reason', () => {
    expect(checkIdentifier('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkIdentifier('123 4567A')).toEqual({ ok: false, problem: 'characters' });
    expect(checkIdentifier('jean@example.fr')).toEqual({ ok: false, problem: 'characters' });
    expect(checkIdentifier('1&recipient=0')).toEqual({ ok: false, problem: 'characters' });
    expect(checkIdentifier('josé.dupont')).toEqual({ ok: false, problem: 'characters' });
    expect(checkIdentifier('x'.repeat(IDENTIFIER_MAX_LENGTH + 1))).toEqual({ ok: false, problem: 'length' });
  });
});

describe('identifierKey (the journal fingerprint form)', () => {
  it('drops spaces and case, so an identifier typed either way is one person', () => {
    expect(identifierKey(' 1234 567a ')).toBe('1234567A');
    expect(identifierKey('Jean.Dupont33')).toBe(identifierKey('jean.dupont33'));
  });
});

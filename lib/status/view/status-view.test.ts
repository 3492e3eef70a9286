import { describe, expect, it } from 'vitest';
import { API_PARTICULIER_ERROR_IDENTIFIERS, API_PARTICULIER_PEOPLE } from '../../../simulator/data/people';
import { categoryInfo, normaliseCategoryCode } from './categories';
import { formatCalendarDate, formatInstant } from './dates';
import { checkErrorState } from './error-state';
import { checkIdentifier } from './identifier';
import { buildJustificatif } from './justificatif';
import { verdictOf } from './verdict';
import { minimiseStatus } from '../core/minimise-status';
import { aStatus } from '../core/test-data';

describe('checkIdentifier', () => {
  it('accepts every demo identifier of the simulator', () => {
    for (const person of API_PARTICULIER_PEOPLE) {
      expect(checkIdentifier(person.identifiant, 'simulator').ok, person.identifiant).toBe(true);
    }
    for (const identifiant of Object.keys(API_PARTICULIER_ERROR_IDENTIFIERS)) {
      expect(checkIdentifier(identifiant, 'simulator').ok, identifiant).toBe(true);
    }
  });

  it('trims, removes inner spaces and upper-cases', () => {
    expect(checkIdentifier('  123 4567a ', 'production')).toEqual({ ok: true, value: '1234567A' });
    expect(checkIdentifier('12345678', 'production')).toEqual({ ok: true, value: '12345678' });
  });

  it('accepts the sandbox test identifiers outside production only', () => {
    expect(checkIdentifier('default', 'sandbox')).toEqual({ ok: true, value: 'default' });
    expect(checkIdentifier('not_found', 'sandbox')).toEqual({ ok: true, value: 'not_found' });
    expect(checkIdentifier('default', 'production').ok).toBe(false);
  });

  it('rejects obvious mistakes with the reason', () => {
    expect(checkIdentifier('   ', 'production')).toEqual({ ok: false, problem: 'empty' });
    expect(checkIdentifier('1234567-A', 'production')).toEqual({ ok: false, problem: 'characters' });
    expect(checkIdentifier('jean@example.fr', 'production')).toEqual({ ok: false, problem: 'characters' });
    expect(checkIdentifier('12345A', 'production')).toEqual({ ok: false, problem: 'length' });
    expect(checkIdentifier('1 90 01 75 123 456 78', 'production')).toEqual({ ok: false, problem: 'length' });
    expect(checkIdentifier('DUPONTJEAN', 'production')).toEqual({ ok: false, problem: 'digits' });
  });
});

describe('categories', () => {
  it('has the official description of all eight categories, in both languages', () => {
    for (const code of ['1', '2', '3', '4', '5', '6', '7', '8']) {
      expect(categoryInfo(code, 'fr')?.description.length).toBeGreaterThan(20);
      expect(categoryInfo(code, 'en')?.description.length).toBeGreaterThan(20);
    }
    expect(categoryInfo(1, 'fr')?.description).toBe(
      'Personnes sans emploi, immédiatement disponibles au sens de l’article R. 311-3-3 (article R.5411-9 du CT), tenues d’accomplir des actes positifs de recherche d’emploi, à la recherche d’un emploi à durée indéterminée à plein temps',
    );
    expect(categoryInfo('5', 'fr')?.description).toBe(
      'Personnes pourvues d’un emploi, à la recherche d’un autre emploi',
    );
  });

  it('normalises codes given as numbers or padded, and rejects others', () => {
    expect(normaliseCategoryCode(3)).toBe('3');
    expect(normaliseCategoryCode(' 04')).toBe('4');
    expect(normaliseCategoryCode('9')).toBeNull();
    expect(categoryInfo('A', 'fr')).toBeNull();
  });
});

describe('verdict and visibility', () => {
  it('says registered, no longer registered or not found', () => {
    expect(verdictOf(aStatus())).toEqual({
      kind: 'registered',
      category: '1',
      rawCategory: '1',
      since: '2025-03-03',
    });
    const gone = aStatus({
      registration: {
        registeredNow: false,
        since: '2019-05-02',
        until: '2023-11-30',
        categoryCode: null,
        categoryLabel: null,
      },
    });
    expect(verdictOf(gone)).toEqual({ kind: 'no_longer_registered', until: '2023-11-30' });
    expect(verdictOf(null)).toEqual({ kind: 'not_found' });
  });

  it('drops the sections the organisation hides, keeping the registered flag', () => {
    const shown = minimiseStatus(aStatus(), ['identite']);
    expect(shown.contact).toBeNull();
    expect(shown.address).toBeNull();
    expect(shown.identity?.firstName).toBe('Martine');
    expect(shown.registration).toEqual({
      registeredNow: true,
      since: null,
      until: null,
      categoryCode: null,
      categoryLabel: null,
    });
  });
});

describe('justificatif', () => {
  const context = {
    mode: 'identifiant' as const,
    motif: 'Accompagnement vers l’emploi',
    caseReference: 'DOS-42',
    checkedAt: '2025-03-10T09:30:00.000Z',
    agent: 'Agent Dupuis',
    journalEntryId: 'j1',
  };

  it('holds who, when, why, the source, the verdict and the category', () => {
    const j = buildJustificatif(context, aStatus(), ['identite', 'contact', 'adresse', 'inscription']);
    expect(j).toMatchObject({
      agent: 'Agent Dupuis',
      motif: context.motif,
      caseReference: 'DOS-42',
      source: 'api-particulier',
    });
    expect(j.verdict).toMatchObject({ kind: 'registered', category: '1' });
    expect(j.person).toEqual({ name: 'Martine Courtet', birthDate: '1990-01-06' });
    const text = JSON.stringify(j);
    expect(text).not.toContain('example.fr');
    expect(text).not.toContain('Capus');
  });

  it('leaves out the identity and the category when hidden', () => {
    const j = buildJustificatif(context, aStatus(), ['contact']);
    expect(j.person).toBeNull();
    expect(j.categoryLabel).toBeNull();
    expect(j.verdict).toEqual({ kind: 'registered', category: null, rawCategory: null, since: null });
  });
});

describe('dates and errors', () => {
  it('formats calendar dates without shifting them, "1er" in French', () => {
    expect(formatCalendarDate('2025-03-03', 'fr')).toBe('3 mars 2025');
    expect(formatCalendarDate('2025-03-01', 'fr')).toBe('1er mars 2025');
    expect(formatCalendarDate('2025-03-01', 'en')).toBe('1 March 2025');
    expect(formatInstant('2025-03-10T09:30:00.000Z', 'fr')).toBe('10 mars 2025 à 10:30');
  });

  it('maps error codes to the states the agent acts on', () => {
    expect(checkErrorState('access_denied')).toBe('refused');
    expect(checkErrorState('window_closed')).toBe('window_closed');
    expect(checkErrorState('server')).toBe('unavailable');
    expect(checkErrorState('rate_limited')).toBe('rate_limited');
    expect(checkErrorState('forbidden')).toBe('not_authorised');
    expect(checkErrorState('token_invalid')).toBe('token_invalid');
    expect(checkErrorState('invalid_request')).toBe('malformed');
  });
});

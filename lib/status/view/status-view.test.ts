import { describe, expect, it } from 'vitest';
import { categoryInfo } from './categories';
import { officialCategory } from '../core/categories';
import { checkErrorState } from '../core/error-state';
import { buildJustificatif } from './justificatif';
import { verdictOf } from './verdict';
import { minimiseStatus } from '../core/minimise-status';
import { aStatus } from '../core/test-data';

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
    expect(officialCategory(3)).toBe('3');
    expect(officialCategory(' 04')).toBe('4');
    expect(officialCategory('9')).toBeNull();
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
    const j = buildJustificatif(context, aStatus());
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

  it('leaves out the identity and the category the background hid', () => {
    const j = buildJustificatif(context, minimiseStatus(aStatus(), ['contact']));
    expect(j.person).toBeNull();
    expect(j.categoryLabel).toBeNull();
    expect(j.verdict).toEqual({ kind: 'registered', category: null, rawCategory: null, since: null });
  });
});

describe('errors', () => {
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

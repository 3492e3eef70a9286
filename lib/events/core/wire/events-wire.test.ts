// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as fx from './fixtures';
import { meeEvenementSchema, meeSearchBodySchema, meeSearchPageSchema, meeSearchQuerySchema } from './mee';
import { salonEnLigneSchema } from './salons-en-ligne';

describe('documented events payloads parse', () => {
  it('MEE event, page and salon', () => {
    expect(meeEvenementSchema.parse(fx.MEE_EVENEMENT_SAMPLE).id).toBe(123456);
    expect(meeSearchPageSchema.parse(fx.MEE_SEARCH_PAGE_SAMPLE).totalElements).toBe(1);
    expect(salonEnLigneSchema.parse(fx.SALON_EN_LIGNE_SAMPLE).salonEnCours).toBe(true);
  });

  it('tolerates null numbers in an event', () => {
    const e = { ...fx.MEE_EVENEMENT_SAMPLE, nombreInscritPresentiel: null, latitude: null };
    expect(meeEvenementSchema.safeParse(e).success).toBe(true);
  });
});

describe('hostile events payloads fail', () => {
  it('event without title, with a string id, or a date without offset', () => {
    const { titre: _t, ...noTitle } = fx.MEE_EVENEMENT_SAMPLE;
    expect(meeEvenementSchema.safeParse(noTitle).success).toBe(false);
    expect(meeEvenementSchema.safeParse({ ...fx.MEE_EVENEMENT_SAMPLE, id: '1; DROP' }).success).toBe(false);
    expect(
      meeEvenementSchema.safeParse({ ...fx.MEE_EVENEMENT_SAMPLE, dateEvenement: '14/03/2025' }).success,
    ).toBe(false);
  });

  it('salon with ISO dates instead of dd/MM/yyyy', () => {
    expect(
      salonEnLigneSchema.safeParse({ ...fx.SALON_EN_LIGNE_SAMPLE, dateDebut: '2025-03-10' }).success,
    ).toBe(false);
  });

  it('search body: unknown filter, bad sector, bad date; query: size > 100, negative page', () => {
    expect(meeSearchBodySchema.safeParse({ ville: 'Paris' }).success).toBe(false);
    expect(meeSearchBodySchema.safeParse({ secteurActivite: 'Z' }).success).toBe(false);
    expect(meeSearchBodySchema.safeParse({ dateDebut: '01/02/2025' }).success).toBe(false);
    expect(
      meeSearchBodySchema.safeParse({ departements: ['2A', '974', '75'], modalite: 'ADIST' }).success,
    ).toBe(true);
    expect(meeSearchQuerySchema.safeParse({ size: '101' }).success).toBe(false);
    expect(meeSearchQuerySchema.safeParse({ page: '-1' }).success).toBe(false);
  });
});

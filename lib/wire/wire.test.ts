// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiParticulierErrorSchema, apiParticulierStatutSchema } from './api-particulier';
import * as fx from './fixtures';
import { meeEvenementSchema, meeSearchBodySchema, meeSearchPageSchema, meeSearchQuerySchema } from './mee';
import { oauthErrorSchema, tokenResponseSchema } from './oauth';
import { salonEnLigneSchema } from './salons-en-ligne';
import { statutAugmenteSchema } from './statut-augmente';

describe('documented payloads parse', () => {
  it('statut augmenté sample, and its category as a number', () => {
    expect(statutAugmenteSchema.parse(fx.STATUT_AUGMENTE_SAMPLE).etatCivil.nom).toBe('DUPONT');
    const asNumber = {
      ...fx.STATUT_AUGMENTE_SAMPLE,
      situationInscription: { ...fx.STATUT_AUGMENTE_SAMPLE.situationInscription, categorieInscription: 1 },
    };
    expect(statutAugmenteSchema.parse(asNumber).situationInscription.categorieInscription).toBe(1);
    const { modalitesContact: _omitted, ...noContact } = fx.STATUT_AUGMENTE_SAMPLE;
    expect(statutAugmenteSchema.safeParse(noContact).success).toBe(true);
  });

  it('API Particulier samples (registered, no longer registered, error)', () => {
    expect(
      apiParticulierStatutSchema.parse(fx.API_PARTICULIER_STATUT_SAMPLE).data.inscription.categorie?.code,
    ).toBe(1);
    expect(
      apiParticulierStatutSchema.parse(fx.API_PARTICULIER_STATUT_NO_LONGER_REGISTERED_SAMPLE).data.identite,
    ).toBeNull();
    expect(apiParticulierErrorSchema.parse(fx.API_PARTICULIER_NOT_FOUND_SAMPLE).errors[0]?.code).toBe(
      '24003',
    );
  });

  it('MEE event, page, salon and OAuth answers', () => {
    expect(meeEvenementSchema.parse(fx.MEE_EVENEMENT_SAMPLE).id).toBe(123456);
    expect(meeSearchPageSchema.parse(fx.MEE_SEARCH_PAGE_SAMPLE).totalElements).toBe(1);
    expect(salonEnLigneSchema.parse(fx.SALON_EN_LIGNE_SAMPLE).salonEnCours).toBe(true);
    expect(tokenResponseSchema.parse(fx.PARTNER_TOKEN_SAMPLE).expires_in).toBe(1499);
    expect(oauthErrorSchema.parse(fx.OAUTH_ERROR_SAMPLE).error).toBe('invalid_client');
  });

  it('tolerates null numbers in an event', () => {
    const e = { ...fx.MEE_EVENEMENT_SAMPLE, nombreInscritPresentiel: null, latitude: null };
    expect(meeEvenementSchema.safeParse(e).success).toBe(true);
  });
});

describe('hostile payloads fail', () => {
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

  it('statut augmenté missing the required registration date or address postal code', () => {
    const bad = structuredClone(fx.STATUT_AUGMENTE_SAMPLE) as Record<string, Record<string, unknown>>;
    delete bad.situationInscription!.dateInscription;
    expect(statutAugmenteSchema.safeParse(bad).success).toBe(false);
    const bad2 = structuredClone(fx.STATUT_AUGMENTE_SAMPLE) as Record<string, Record<string, unknown>>;
    bad2.adresse!.codePostal = 75007;
    expect(statutAugmenteSchema.safeParse(bad2).success).toBe(false);
  });

  it('token answers without a token or with another token type', () => {
    expect(tokenResponseSchema.safeParse({ token_type: 'Bearer', expires_in: 1 }).success).toBe(false);
    expect(tokenResponseSchema.safeParse({ ...fx.PARTNER_TOKEN_SAMPLE, token_type: 'MAC' }).success).toBe(
      false,
    );
    expect(apiParticulierErrorSchema.safeParse({ errors: [] }).success).toBe(false);
    expect(apiParticulierStatutSchema.safeParse({ data: { identifiant: 1 } }).success).toBe(false);
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

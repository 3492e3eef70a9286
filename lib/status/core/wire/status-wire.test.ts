// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiParticulierErrorSchema, apiParticulierStatutSchema } from './api-particulier';
import * as fx from './fixtures';
import { statutAugmenteSchema } from './statut-augmente';

describe('documented status payloads parse', () => {
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
      apiParticulierStatutSchema.parse(fx.API_PARTICULIER_STATUT_SAMPLE).data.inscription?.categorie?.code,
    ).toBe(1);
    // As the sandbox answers: no longer registered, identity present.
    expect(
      apiParticulierStatutSchema.parse(fx.API_PARTICULIER_STATUT_NO_LONGER_REGISTERED_SAMPLE).data.identite
        ?.nom_naissance,
    ).toBe('Mallette');
    expect(apiParticulierErrorSchema.parse(fx.API_PARTICULIER_NOT_FOUND_SAMPLE).errors[0]?.code).toBe(
      '24003',
    );
  });
});

describe('hostile status payloads fail', () => {
  it('statut augmenté missing the required registration date or address postal code', () => {
    const bad = structuredClone(fx.STATUT_AUGMENTE_SAMPLE) as Record<string, Record<string, unknown>>;
    delete bad.situationInscription!.dateInscription;
    expect(statutAugmenteSchema.safeParse(bad).success).toBe(false);
    const bad2 = structuredClone(fx.STATUT_AUGMENTE_SAMPLE) as Record<string, Record<string, unknown>>;
    bad2.adresse!.codePostal = 75007;
    expect(statutAugmenteSchema.safeParse(bad2).success).toBe(false);
  });

  it('API Particulier answers without errors or with a numeric identifier', () => {
    expect(apiParticulierErrorSchema.safeParse({ errors: [] }).success).toBe(false);
    expect(apiParticulierStatutSchema.safeParse({ data: { identifiant: 1 } }).success).toBe(false);
  });
});

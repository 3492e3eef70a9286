import { describe, expect, it } from 'vitest';
import type { OrganisationSettings } from '../../gateway-api/core/wire';
import { organisationSettingsSchema } from '../../gateway-api/core/wire';
import { resolveSettings } from '../../settings/core/settings';
import { withOrganisation } from './organisation-settings';

const ORGANISATION: OrganisationSettings = {
  organisation: { id: 'ccas-clermont-ferrand', name: 'CCAS de Clermont-Ferrand' },
  role: 'agent',
  verificationModes: ['identifiant'],
  motifs: ['Domiciliation'],
  visibleResultFields: ['identite'],
  defaultTerritory: ['63'],
  agentMayChangeTerritory: true,
  retention: { journalDays: 1096 },
};

describe('withOrganisation', () => {
  it('keeps the agent’s own territory when the organisation allows it, its default otherwise', () => {
    const chosen = resolveSettings({ user: { departements: ['15'] } });
    expect(withOrganisation(chosen, ORGANISATION).departements).toEqual(['15']);
    expect(withOrganisation(resolveSettings({}), ORGANISATION).departements).toEqual(['63']);
    expect(
      withOrganisation(chosen, { ...ORGANISATION, agentMayChangeTerritory: false }).departements,
    ).toEqual(['63']);
  });

  it('keeps a territory fixed by the extension’s policy', () => {
    const policy = resolveSettings({ policy: { departements: ['2A'] } });
    expect(
      withOrganisation(policy, { ...ORGANISATION, agentMayChangeTerritory: false }).departements,
    ).toEqual(['2A']);
  });

  it('reads an older gateway’s answer (no agentMayChangeTerritory) as "agents choose"', () => {
    const { agentMayChangeTerritory: _omitted, ...older } = ORGANISATION;
    expect(organisationSettingsSchema.parse(older).agentMayChangeTerritory).toBe(true);
  });
});

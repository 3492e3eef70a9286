import { describe, expect, it } from 'vitest';
import { agentProfileSchema } from './agent';

const ME = {
  agent: { givenName: 'Sacha', usualName: 'Petit', email: 'sacha.petit@ccas-clermont.fr' },
  organisation: { id: 'ccas-clermont', name: 'CCAS de Clermont-Ferrand', siret: '26630113000016' },
  role: 'agent',
};

describe('agentProfileSchema (GET /api/v1/me)', () => {
  it('accepts the contract’s answer', () => {
    expect(agentProfileSchema.parse(ME)).toEqual(ME);
    expect(agentProfileSchema.parse({ ...ME, role: 'dpo' }).role).toBe('dpo');
  });

  it('refuses an unknown role, a malformed e-mail or SIRET, a missing part', () => {
    for (const bad of [
      { ...ME, role: 'admin' },
      { ...ME, agent: { ...ME.agent, email: 'pas-un-courriel' } },
      { ...ME, organisation: { ...ME.organisation, siret: '2663' } },
      { agent: ME.agent, role: 'agent' },
    ])
      expect(agentProfileSchema.safeParse(bad).success).toBe(false);
  });
});

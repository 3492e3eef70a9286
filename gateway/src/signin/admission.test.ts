import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testEnv } from '../../test/secrets';
import { validateConfig } from '../config/load';
import { TWO_FACTOR_ACR_VALUES } from '../config/schema';
import type { AgentIdentity } from './admission';
import { admit } from './admission';

const document = JSON.parse(readFileSync('gateway/config/demo.json', 'utf8')) as Record<string, unknown>;
const { config } = validateConfig(document, { file: 'demo.json', env: testEnv(), baseDir: process.cwd() });
const orgs = config.organisations;

const camille: AgentIdentity = {
  sub: 'sub-camille',
  idp: 'idp-riom',
  siret: '21630300400016',
  email: 'camille.martin@ville-riom.fr',
  givenName: 'Camille',
  usualName: 'Martin',
  acr: 'eidas1',
};

const decide = (identity: AgentIdentity, organisations = orgs) => {
  const decision = admit(organisations, identity, TWO_FACTOR_ACR_VALUES);
  return decision.admitted
    ? { admitted: true, organisation: decision.organisation.id, role: decision.role }
    : { admitted: false, rule: decision.rule, organisation: decision.organisation?.id };
};

describe('admission rules', () => {
  it('places an agent by SIRET, and one without SIRET by e-mail domain', () => {
    expect(decide(camille)).toEqual({ admitted: true, organisation: 'ville-de-riom', role: 'agent' });
    const { siret: _siret, ...noSiret } = camille;
    expect(decide({ ...noSiret, email: 'jo@VILLE-RIOM.fr' })).toEqual({
      admitted: true,
      organisation: 'ville-de-riom',
      role: 'agent',
    });
  });

  it('refuses a SIRET nobody admits even when the e-mail domain is admitted (the SIRET is authoritative)', () => {
    expect(decide({ ...camille, siret: '44123456700010' })).toEqual({
      admitted: false,
      rule: 'siret-not-admitted',
      organisation: undefined,
    });
  });

  it('refuses an agent without SIRET whose domain nobody admits', () => {
    const { siret: _siret, ...noSiret } = camille;
    expect(decide({ ...noSiret, email: 'lou@exemple-sas.fr' })).toMatchObject({
      rule: 'email-domain-not-admitted',
    });
  });

  it('demands a two-factor acr where the organisation requires it', () => {
    const ccas = { ...camille, siret: '26630113000016' };
    expect(decide({ ...ccas, acr: 'eidas1' })).toEqual({
      admitted: false,
      rule: 'two-factor-required',
      organisation: 'ccas-clermont-ferrand',
    });
    const { acr: _acr, ...noAcr } = ccas;
    expect(decide(noAcr)).toMatchObject({ rule: 'two-factor-required' });
    expect(decide({ ...ccas, acr: TWO_FACTOR_ACR_VALUES[1] })).toMatchObject({ admitted: true });
  });

  it('restricts identity providers when the organisation lists them', () => {
    const restricted = orgs.map((org) =>
      org.id === 'ville-de-riom'
        ? { ...org, admission: { ...org.admission, identityProviders: ['idp-riom'] } }
        : org,
    );
    expect(decide(camille, restricted)).toMatchObject({ admitted: true });
    expect(decide({ ...camille, idp: 'idp-other' }, restricted)).toEqual({
      admitted: false,
      rule: 'identity-provider-not-admitted',
      organisation: 'ville-de-riom',
    });
  });

  it('gives roles by sub or e-mail, DPO before référent', () => {
    const roles = orgs.map((org) =>
      org.id === 'ville-de-riom'
        ? {
            ...org,
            roles: {
              referents: [{ sub: 'sub-camille' }, { email: 'dpo@ville-riom.fr' }],
              dpos: org.roles.dpos,
            },
          }
        : org,
    );
    expect(decide(camille, roles)).toMatchObject({ role: 'referent' });
    expect(decide({ ...camille, sub: 'sub-dpo', email: 'DPO@ville-riom.fr' }, roles)).toMatchObject({
      role: 'dpo',
    });
  });
});

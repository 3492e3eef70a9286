/**
 * Test agents of the simulated ProConnect: public agents of two organisations (Ville de Riom
 * and CCAS de Clermont-Ferrand) and the edge cases the gateway's admission rules must handle.
 * `sub` and `idp_id` are fixed so that a gateway's configuration (roles by `sub`, admission by
 * identity provider) can name them. All fictitious; the SIRETs pass the Luhn check.
 */

/** ProConnect's assurance levels (acr), as its federation documents them. */
export const PROCONNECT_ACR = {
  eidas1: 'eidas1',
  selfAsserted2fa: 'https://proconnect.gouv.fr/assurance/self-asserted-2fa',
  consistencyChecked2fa: 'https://proconnect.gouv.fr/assurance/consistency-checked-2fa',
} as const;
export type ProConnectAcr = (typeof PROCONNECT_ACR)[keyof typeof PROCONNECT_ACR];
export const PROCONNECT_ACR_VALUES: readonly ProConnectAcr[] = Object.values(PROCONNECT_ACR);

/** The identity providers ("fournisseurs d'identité") behind the test agents. */
export const PROCONNECT_IDENTITY_PROVIDERS = {
  riom: { id: '3f1c7e52-6a0b-4d1e-9b57-52c0a6d9e101', name: 'Ville de Riom (annuaire)' },
  ccas: { id: '8d2b4f90-1c3e-4a6f-b2d8-7e5a9c0f4202', name: 'CCAS Clermont (annuaire)' },
  exemple: { id: 'c47e0a13-9f2d-4b8c-a1e6-3d5b7f9a0303', name: 'Exemple SAS' },
  moncomptepro: { id: 'e95a3c71-4b6d-4f0e-8c2a-1b7d9e5f0404', name: 'MonComptePro-like' },
} as const;

export interface ProConnectAgent {
  /** Stable key: the login page's radio value (`name="agent"`). */
  key: string;
  /** ProConnect's `sub` (also the account id behind the tokens). */
  sub: string;
  /** What the gateway is expected to do with this agent (shown on the login page, in French). */
  expected: string;
  idp: { id: string; name: string };
  acr: ProConnectAcr;
  /** Authentication methods, as ProConnect's `amr` claim lists them. */
  amr: string[];
  claims: {
    given_name: string;
    usual_name: string;
    email: string;
    uid: string;
    siret?: string;
    organizational_unit?: string;
    belonging_population?: string;
    phone_number?: string;
  };
}

const RIOM_SIRET = '21630300400016';
const CCAS_SIRET = '26630113000016';
const { riom, ccas, exemple, moncomptepro } = PROCONNECT_IDENTITY_PROVIDERS;
const PASSWORD = ['pwd'];
const TWO_FACTOR = ['pwd', 'totp', 'mfa'];

export const PROCONNECT_AGENTS: readonly ProConnectAgent[] = [
  {
    key: 'riom-agent',
    sub: '6f0d2a7e-58b1-4c3f-9e21-a1b2c3d4e501',
    expected: 'admise, Ville de Riom, rôle agent',
    idp: riom,
    acr: PROCONNECT_ACR.eidas1,
    amr: PASSWORD,
    claims: {
      given_name: 'Camille',
      usual_name: 'Martin',
      email: 'camille.martin@ville-riom.fr',
      uid: 'riom-0001',
      siret: RIOM_SIRET,
      organizational_unit: 'Service emploi et insertion',
      belonging_population: 'agent',
      phone_number: '04 73 00 00 01',
    },
  },
  {
    key: 'riom-dpo',
    sub: '6f0d2a7e-58b1-4c3f-9e21-a1b2c3d4e502',
    expected: 'admise, Ville de Riom, rôle DPO',
    idp: riom,
    acr: PROCONNECT_ACR.eidas1,
    amr: PASSWORD,
    claims: {
      given_name: 'Dominique',
      usual_name: 'Bernard',
      email: 'dpo@ville-riom.fr',
      uid: 'riom-0002',
      siret: RIOM_SIRET,
      organizational_unit: 'Direction générale des services',
      belonging_population: 'agent',
    },
  },
  {
    key: 'ccas-agent',
    sub: '9a4e1b6c-27d3-4f8a-b5c0-d1e2f3a4b601',
    expected: 'admis, CCAS de Clermont-Ferrand (double authentification exigée), rôle agent',
    idp: ccas,
    acr: PROCONNECT_ACR.selfAsserted2fa,
    amr: TWO_FACTOR,
    claims: {
      given_name: 'Sacha',
      usual_name: 'Petit',
      email: 'sacha.petit@ccas-clermont.fr',
      uid: 'ccas-0101',
      siret: CCAS_SIRET,
      organizational_unit: 'Accueil social',
      belonging_population: 'agent',
    },
  },
  {
    key: 'ccas-dpo',
    sub: '9a4e1b6c-27d3-4f8a-b5c0-d1e2f3a4b602',
    expected: 'admise, CCAS de Clermont-Ferrand, rôle DPO',
    idp: ccas,
    acr: PROCONNECT_ACR.consistencyChecked2fa,
    amr: TWO_FACTOR,
    claims: {
      given_name: 'Alix',
      usual_name: 'Robert',
      email: 'alix.robert@ccas-clermont.fr',
      uid: 'ccas-0102',
      siret: CCAS_SIRET,
      belonging_population: 'agent',
    },
  },
  {
    key: 'ccas-no2fa',
    sub: '9a4e1b6c-27d3-4f8a-b5c0-d1e2f3a4b603',
    expected: 'refusé : double authentification exigée par le CCAS',
    idp: ccas,
    acr: PROCONNECT_ACR.eidas1,
    amr: PASSWORD,
    claims: {
      given_name: 'Noé',
      usual_name: 'Girard',
      email: 'noe.girard@ccas-clermont.fr',
      uid: 'ccas-0103',
      siret: CCAS_SIRET,
      belonging_population: 'agent',
    },
  },
  {
    key: 'outsider',
    sub: 'b7c8d9e0-3f4a-4b5c-8d6e-f0a1b2c3d701',
    expected: 'refusée : SIRET non admis',
    idp: exemple,
    acr: PROCONNECT_ACR.eidas1,
    amr: PASSWORD,
    claims: {
      given_name: 'Lou',
      usual_name: 'Fontaine',
      email: 'lou.fontaine@exemple-sas.fr',
      uid: 'exemple-42',
      siret: '44123456700010',
      belonging_population: 'prestataire',
    },
  },
  {
    key: 'no-siret',
    sub: 'd1e2f3a4-b5c6-4d7e-9f80-a1b2c3d4e801',
    expected: 'admis à la Ville de Riom par la règle du domaine de messagerie (aucun SIRET transmis)',
    idp: moncomptepro,
    acr: PROCONNECT_ACR.eidas1,
    amr: PASSWORD,
    claims: {
      given_name: 'Jo',
      usual_name: 'Lambert',
      email: 'jo.lambert@ville-riom.fr',
      uid: 'mcp-7781',
    },
  },
];

export function findAgentByKey(key: string): ProConnectAgent | undefined {
  return PROCONNECT_AGENTS.find((a) => a.key === key);
}

export function findAgentBySub(sub: string): ProConnectAgent | undefined {
  return PROCONNECT_AGENTS.find((a) => a.sub === sub);
}

/** Claims of an agent as ProConnect's userinfo carries them (before the scope filter). */
export function agentClaims(agent: ProConnectAgent): Record<string, unknown> {
  return { sub: agent.sub, ...agent.claims, idp_id: agent.idp.id };
}

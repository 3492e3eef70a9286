/**
 * The organisations' admission rules, as a pure function of the configuration and the agent's
 * ProConnect identity. An agent with a SIRET is placed by it (the authoritative claim); an
 * agent whose identity provider sends none is placed by their e-mail domain. Then the
 * organisation's identity-provider list and two-factor demand apply; the role comes last.
 */
import type { OrganisationConfig } from '../config/schema';
import type { AgentRole } from '../db/schema';

export interface AgentIdentity {
  sub: string;
  idp: string;
  siret?: string;
  email: string;
  givenName: string;
  usualName: string;
  /** ProConnect's `acr` (from the id_token). */
  acr?: string;
}

export type RefusalRule =
  | 'siret-not-admitted'
  | 'email-domain-not-admitted'
  | 'identity-provider-not-admitted'
  | 'two-factor-required';

export type AdmissionDecision =
  | { admitted: true; organisation: OrganisationConfig; role: AgentRole }
  | { admitted: false; rule: RefusalRule; organisation?: OrganisationConfig };

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function isMember(
  list: ReadonlyArray<{ sub: string } | { email: string }>,
  identity: AgentIdentity,
): boolean {
  const email = identity.email.toLowerCase();
  return list.some((member) => ('sub' in member ? member.sub === identity.sub : member.email === email));
}

export function roleOf(organisation: OrganisationConfig, identity: AgentIdentity): AgentRole {
  if (isMember(organisation.roles.dpos, identity)) return 'dpo';
  if (isMember(organisation.roles.referents, identity)) return 'referent';
  return 'agent';
}

export function admit(
  organisations: readonly OrganisationConfig[],
  identity: AgentIdentity,
  twoFactorAcrValues: readonly string[],
): AdmissionDecision {
  let organisation: OrganisationConfig | undefined;
  if (identity.siret) {
    organisation = organisations.find((org) => org.admission.sirets.includes(identity.siret!));
    if (!organisation) return { admitted: false, rule: 'siret-not-admitted' };
  } else {
    const domain = emailDomain(identity.email);
    organisation = organisations.find((org) => org.admission.emailDomains.includes(domain));
    if (!organisation) return { admitted: false, rule: 'email-domain-not-admitted' };
  }
  const providers = organisation.admission.identityProviders;
  if (providers.length > 0 && !providers.includes(identity.idp)) {
    return { admitted: false, rule: 'identity-provider-not-admitted', organisation };
  }
  if (organisation.requiresTwoFactor && !(identity.acr && twoFactorAcrValues.includes(identity.acr))) {
    return { admitted: false, rule: 'two-factor-required', organisation };
  }
  return { admitted: true, organisation, role: roleOf(organisation, identity) };
}

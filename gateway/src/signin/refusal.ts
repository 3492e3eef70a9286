/**
 * The refusal page: which rule refused, and the identity the agent signed in with (e-mail,
 * SIRET, organisation), as ProConnect asks of its services so the agent can act on it.
 */
import type { AdmissionDecision, AgentIdentity, RefusalRule } from './admission';
import { emailDomain } from './admission';
import type { PageAction, PageContent } from './pages';

export function refusalReason(rule: RefusalRule, identity: AgentIdentity, organisationName?: string): string {
  switch (rule) {
    case 'siret-not-admitted':
      return `Le SIRET de votre établissement (${identity.siret ?? '—'}) ne fait partie d’aucune organisation que cette passerelle admet.`;
    case 'email-domain-not-admitted':
      return `Votre fournisseur d’identité ne transmet pas de SIRET, et le domaine de votre adresse électronique (${emailDomain(identity.email)}) ne fait partie d’aucune organisation que cette passerelle admet.`;
    case 'identity-provider-not-admitted':
      return `${organisationName ?? 'Votre organisation'} n’admet pas les connexions par votre fournisseur d’identité.`;
    case 'two-factor-required':
      return `${organisationName ?? 'Votre organisation'} exige une authentification à deux facteurs, et votre connexion ProConnect n’en a pas utilisé.`;
  }
}

export function refusalPage(
  decision: Extract<AdmissionDecision, { admitted: false }>,
  identity: AgentIdentity,
  actions: PageAction[],
): PageContent {
  return {
    title: 'Accès refusé',
    heading: 'Accès refusé à Guichet Emploi',
    paragraphs: [
      `Règle appliquée : ${refusalReason(decision.rule, identity, decision.organisation?.name)}`,
      'Vous êtes connecté à ProConnect avec l’identité ci-dessous. Si elle n’est pas la bonne, connectez-vous avec un autre compte ; sinon, demandez au référent Guichet Emploi de votre organisation de vérifier la configuration de la passerelle.',
    ],
    details: [
      ['Adresse électronique', identity.email],
      ['SIRET', identity.siret ?? 'non transmis par votre fournisseur d’identité'],
      ['Organisation', decision.organisation ? decision.organisation.name : 'inconnue de cette passerelle'],
    ],
    actions,
  };
}

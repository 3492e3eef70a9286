/** The simulated ProConnect's login page: pick a test agent (French, keyboard usable, labelled). */
import type { ProConnectAgent } from '../data/agents';
import { PROCONNECT_ACR } from '../data/agents';
import { escapeHtml, layout } from '../oidc/pages';

const ACR_LABELS: Record<string, string> = {
  [PROCONNECT_ACR.eidas1]: 'mot de passe (eidas1)',
  [PROCONNECT_ACR.selfAsserted2fa]: 'double authentification (self-asserted-2fa)',
  [PROCONNECT_ACR.consistencyChecked2fa]: 'double authentification vérifiée (consistency-checked-2fa)',
};

export function acrLabel(acr: string): string {
  return ACR_LABELS[acr] ?? acr;
}

export function agentPickerPage(options: {
  action: string;
  clientName: string;
  agents: readonly ProConnectAgent[];
  /** Levels the service asked for (acr_values or the claims parameter), if any. */
  requestedAcr: string[];
}): string {
  const asked = options.requestedAcr.length
    ? `<p id="niveau-demande">Niveau demandé par le service : ${options.requestedAcr
        .map((a) => `<strong>${escapeHtml(acrLabel(a))}</strong>`)
        .join(
          ' ou ',
        )}. Un agent qui ne l’atteint pas est connecté avec son propre niveau, que le service vérifie.</p>`
    : '';
  const radios = options.agents
    .map((agent, index) => {
      const id = escapeHtml(agent.key);
      const c = agent.claims;
      const details = [
        escapeHtml(c.email),
        escapeHtml(agent.idp.name),
        c.siret ? `SIRET ${escapeHtml(c.siret)}` : 'aucun SIRET transmis',
        `niveau : ${escapeHtml(acrLabel(agent.acr))}`,
      ].join(' · ');
      return `<div class="choix">
  <input type="radio" id="agent-${id}" name="agent" value="${id}"${index === 0 ? ' checked' : ''} aria-describedby="desc-${id}">
  <label for="agent-${id}"><strong>${escapeHtml(c.given_name)} ${escapeHtml(c.usual_name)}</strong>
  <span class="desc" id="desc-${id}">${details}<br>Attendu à la passerelle : ${escapeHtml(agent.expected)}</span></label>
</div>`;
    })
    .join('\n');
  return layout(
    'Connexion',
    `<h1>Se connecter avec le simulateur ProConnect</h1>
<p><strong>${escapeHtml(options.clientName)}</strong> demande votre identité professionnelle.</p>
${asked}
<form method="post" action="${escapeHtml(options.action)}" id="formulaire-connexion">
<fieldset>
<legend>Choisissez un agent de test</legend>
${radios}
</fieldset>
<button type="submit" class="primaire" name="decision" value="continuer" id="continuer">Continuer</button>
<button type="submit" class="secondaire" name="decision" value="annuler" id="annuler" formnovalidate>Annuler</button>
</form>`,
    'ProConnect',
  );
}

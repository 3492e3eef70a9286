/** `GET /`: a French page listing what the simulator serves, the demo credentials and faults. */
import type { Handler } from '../context';
import {
  API_PARTICULIER_ERROR_IDENTIFIERS,
  API_PARTICULIER_PEOPLE,
  FRANCECONNECT_IDENTITIES,
} from '../data/people';
import { PROCONNECT_AGENTS } from '../data/agents';
import { API_PARTICULIER_TEST_TOKENS, DEMO_CREDENTIALS } from '../../lib/settings/core/demo-credentials';
import { GATEWAY_DEMO_CREDENTIALS } from '../data/gateway-clients';
import { FAULTS, FAULT_NAMES } from '../faults';
import { sendHtml } from '../http/respond';
import { escapeHtml, layout } from '../oidc/pages';

export const homeRoute: Handler = ({ res, app }) => {
  const o = app.origin;
  const e = escapeHtml;
  const row = (method: string, path: string, what: string) =>
    `<tr><td>${method}</td><td><code>${e(o + path)}</code></td><td>${e(what)}</td></tr>`;
  const gw = GATEWAY_DEMO_CREDENTIALS;
  const body = `<h1>Simulateur France Travail, FranceConnect, ProConnect et API Particulier</h1>
<p>Graine <code>${e(app.seed)}</code>, date de référence ${e(app.referenceDate.toISOString().slice(0, 10))} :
${app.events.length} évènements, ${app.salons.length} salons en ligne. Pannes globales : ${app.faults.global.length ? e(app.faults.global.join(', ')) : 'aucune'}.</p>
<h2>Services</h2>
<table><caption>Points d’accès servis</caption>
<thead><tr><th scope="col">Méthode</th><th scope="col">Adresse</th><th scope="col">Rôle</th></tr></thead><tbody>
${row('POST', '/connexion/oauth2/access_token?realm=/partenaire', 'Jeton partenaire France Travail (client credentials)')}
${row('POST', '/partenaire/evenements/v1/mee/evenements?page=0&size=20', 'Recherche d’évènements (MEE)')}
${row('GET', '/partenaire/evenements/v1/mee/evenement/{id}', 'Un évènement')}
${row('GET', '/partenaire/evenements/v1/salonsenligne', 'Salons en ligne')}
${row('GET', '/franceconnect/.well-known/openid-configuration', 'Fournisseur OpenID (type FranceConnect)')}
${row('GET', '/proconnect/.well-known/openid-configuration', 'Fournisseur OpenID (type ProConnect, agents publics)')}
${row('GET', '/partenaire/fc-statutaugmente/v1/statut', 'Statut augmenté (jeton FranceConnect)')}
${row('GET', '/v3/france_travail/statut/identifiant?identifiant=…&recipient=…', 'API Particulier v3')}
${row('GET/POST', '/__admin/faults', 'Pannes globales (administration locale)')}
${row('GET/POST', '/__admin/events/query', 'Même filtre que l’API : { count, ids }')}
${row('POST', '/__admin/reset', 'Réinitialisation (pannes, jetons, quotas)')}
${row('GET', '/__admin/identities', 'Identités de test')}
</tbody></table>
<h2>Identifiants de démonstration (publics, non secrets)</h2>
<ul>
<li>Client partenaire : <code>${e(DEMO_CREDENTIALS.partner.clientId)}</code> / <code>${e(DEMO_CREDENTIALS.partner.clientSecret)}</code>, scope <code>${e(DEMO_CREDENTIALS.partner.scope)}</code></li>
<li>Client FranceConnect : <code>${e(DEMO_CREDENTIALS.franceConnect.clientId)}</code> / <code>${e(DEMO_CREDENTIALS.franceConnect.clientSecret)}</code>, scope <code>${e(DEMO_CREDENTIALS.franceConnect.scope)}</code></li>
<li>Passerelle, client ProConnect : <code>${e(gw.proConnect.clientId)}</code> / <code>${e(gw.proConnect.clientSecret)}</code>, retour <code>http://127.0.0.1:&lt;port&gt;${e(gw.proConnect.callbackPath)}</code></li>
<li>Passerelle, client FranceConnect : <code>${e(gw.franceConnect.clientId)}</code> / <code>${e(gw.franceConnect.clientSecret)}</code>, retour <code>http://127.0.0.1:&lt;port&gt;${e(gw.franceConnect.callbackPath)}</code></li>
<li>Jeton API Particulier : <code>${e(DEMO_CREDENTIALS.apiParticulier.token)}</code>, recipient <code>${e(DEMO_CREDENTIALS.apiParticulier.recipient)}</code>
(autres jetons de test — erreurs, habilitation partielle — : ${Object.values(API_PARTICULIER_TEST_TOKENS)
    .map((t) => `<code>${e(t)}</code>`)
    .join(', ')})</li>
</ul>
<h2>Pannes à la demande</h2>
<p>En-tête <code>X-Simulateur-Panne</code>, paramètre <code>__panne</code>, option <code>--panne</code> ou <code>POST /__admin/faults</code>.</p>
<dl>${FAULT_NAMES.map((k) => `<dt><code>${e(k)}</code></dt><dd>${e(FAULTS[k])}</dd>`).join('')}</dl>
<h2>Identités FranceConnect de test</h2>
<ul>${FRANCECONNECT_IDENTITIES.map((i) => `<li><strong>${e(i.label)}</strong> (<code>${e(i.key)}</code>) — ${e(i.description)}</li>`).join('')}</ul>
<h2>Agents ProConnect de test</h2>
<ul>${PROCONNECT_AGENTS.map((a) => `<li><strong>${e(a.claims.given_name)} ${e(a.claims.usual_name)}</strong> (<code>${e(a.key)}</code>) — ${e(a.expected)}</li>`).join('')}</ul>
<h2>Identifiants API Particulier</h2>
<ul>${API_PARTICULIER_PEOPLE.map((p) => `<li><code>${e(p.identifiant)}</code> — ${e(p.description)}</li>`).join('')}
${Object.entries(API_PARTICULIER_ERROR_IDENTIFIERS)
  .map(([id, err]) => `<li><code>${e(id)}</code> — erreur ${err.status} (${e(err.code)})</li>`)
  .join('')}</ul>`;
  sendHtml(res, 200, layout('Simulateur', body).replace(' — Simulateur FranceConnect', ''));
};

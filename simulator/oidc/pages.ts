/** The provider's HTML pages, in French and accessible (labels, fieldset/legend, lang="fr"). */
import type { FranceConnectIdentity } from '../data/people';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
  body{font-family:system-ui,"Marianne",Arial,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#161616;line-height:1.5}
  h1{font-size:1.6rem} fieldset{border:1px solid #929292;padding:1rem;margin:1rem 0}
  legend{font-weight:700;padding:0 .25rem} .choix{display:flex;gap:.5rem;align-items:flex-start;margin:.5rem 0}
  .choix input{margin-top:.35rem;width:1.1rem;height:1.1rem} .desc{display:block;color:#3a3a3a;font-size:.9rem}
  button{font:inherit;padding:.5rem 1.25rem;margin-right:.75rem;border:2px solid #000091;cursor:pointer}
  button.primaire{background:#000091;color:#fff} button.secondaire{background:#fff;color:#000091}
  :focus-visible{outline:3px solid #0a76f6;outline-offset:2px} .bandeau{background:#fff4e5;border-left:4px solid #b34000;padding:.5rem 1rem}
`;

/** The simulated service a page belongs to (titles and banners name it). */
export type SimulatedService = 'FranceConnect' | 'ProConnect';

export function layout(title: string, body: string, service: SimulatedService = 'FranceConnect'): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Simulateur ${service}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="bandeau" role="note">Simulateur local : aucune donnée réelle, identités de test uniquement.</p>
<main>
${body}
</main>
</body>
</html>`;
}

const SCOPE_LABELS: Record<string, string> = {
  openid: 'votre identifiant de connexion',
  profile: 'vos nom, prénom, date de naissance et sexe',
  email: 'votre adresse électronique',
  'api_fc-statutaugmentev1':
    'votre situation de demandeur d’emploi auprès de France Travail (inscription, catégorie, coordonnées)',
};

/** The identity picker and consent form, one page (FranceConnect shows several). */
export function consentPage(options: {
  action: string;
  clientName: string;
  scopes: string[];
  identities: FranceConnectIdentity[];
}): string {
  const shared = options.scopes.map((s) => `<li>${escapeHtml(SCOPE_LABELS[s] ?? s)}</li>`).join('');
  const radios = options.identities
    .map(
      (identity, index) => `<div class="choix">
  <input type="radio" id="identite-${escapeHtml(identity.key)}" name="identite" value="${escapeHtml(identity.key)}"${index === 0 ? ' checked' : ''} aria-describedby="desc-${escapeHtml(identity.key)}">
  <label for="identite-${escapeHtml(identity.key)}"><strong>${escapeHtml(identity.label)}</strong>
  <span class="desc" id="desc-${escapeHtml(identity.key)}">${escapeHtml(identity.description)}</span></label>
</div>`,
    )
    .join('\n');
  return layout(
    'Connexion et consentement',
    `<h1>Se connecter avec le simulateur FranceConnect</h1>
<p><strong>${escapeHtml(options.clientName)}</strong> demande l’accès à :</p>
<ul>${shared}</ul>
<form method="post" action="${escapeHtml(options.action)}" id="formulaire-consentement">
<fieldset>
<legend>Choisissez une identité de test</legend>
${radios}
</fieldset>
<button type="submit" class="primaire" name="decision" value="autoriser" id="autoriser">Autoriser</button>
<button type="submit" class="secondaire" name="decision" value="refuser" id="refuser" formnovalidate>Refuser</button>
</form>`,
  );
}

export function errorPage(
  title: string,
  message: string,
  service: SimulatedService = 'FranceConnect',
): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1>\n<p role="alert">${escapeHtml(message)}</p>`, service);
}

/** Logout confirmation; submits itself so a logout redirect completes without a click. */
export function logoutPage(form: string, service: SimulatedService = 'FranceConnect'): string {
  return layout(
    'Déconnexion',
    `<h1>Déconnexion</h1>
<p>Vous allez être déconnecté du simulateur ${service}.</p>
${form}
<button type="submit" class="primaire" form="op.logoutForm" name="logout" value="yes" autofocus>Se déconnecter</button>
<button type="submit" class="secondaire" form="op.logoutForm">Rester connecté</button>
<script>document.getElementById('op.logoutForm').insertAdjacentHTML('beforeend','<input type="hidden" name="logout" value="yes">');document.getElementById('op.logoutForm').submit();</script>`,
    service,
  );
}

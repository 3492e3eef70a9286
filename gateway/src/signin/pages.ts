/**
 * The few pages the gateway shows agents (in French): refusal, errors, signed out. Plain
 * semantic HTML (lang, title, one h1, header / main / footer landmarks), no script, readable
 * without styles; every dynamic value is escaped.
 */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageAction {
  /** A form posting to `action` (a button), or a link to `href`. */
  kind: 'post' | 'link';
  label: string;
  target: string;
}

export interface PageContent {
  title: string;
  heading: string;
  paragraphs: string[];
  /** Term / description pairs (the agent's identity on a refusal). */
  details?: Array<[string, string]>;
  actions?: PageAction[];
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;color:#161616;background:#f6f6f6;line-height:1.5}
header,footer{background:#fff;padding:1rem 2rem;border-bottom:1px solid #ddd}
footer{border-top:1px solid #ddd;border-bottom:0;font-size:.875rem}
main{max-width:40rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border:1px solid #ddd}
h1{font-size:1.5rem;margin-top:0}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}
.actions{display:flex;flex-wrap:wrap;gap:1rem;margin-top:1.5rem}
button,.actions a{font:inherit;padding:.5rem 1rem;border:1px solid #000091;color:#000091;background:#fff;text-decoration:none;cursor:pointer}
button{background:#000091;color:#fff}
button:focus-visible,a:focus-visible{outline:3px solid #0a76f6;outline-offset:2px}
`;

function action(item: PageAction): string {
  if (item.kind === 'link') return `<a href="${escapeHtml(item.target)}">${escapeHtml(item.label)}</a>`;
  return `<form method="post" action="${escapeHtml(item.target)}"><button type="submit">${escapeHtml(item.label)}</button></form>`;
}

export function messagePage(content: PageContent): string {
  const details = content.details?.length
    ? `<dl>${content.details.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`
    : '';
  const actions = content.actions?.length
    ? `<div class="actions">${content.actions.map(action).join('')}</div>`
    : '';
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)} — Guichet Emploi</title>
<style>${STYLE}</style>
</head>
<body>
<header><p><strong>Guichet Emploi</strong> — passerelle de votre organisation</p></header>
<main>
<h1>${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${details}
${actions}
</main>
<footer><p>Connexion des agents par ProConnect. En cas de difficulté, adressez-vous au référent Guichet Emploi de votre organisation.</p></footer>
</body>
</html>
`;
}

/** Content-Security-Policy of these pages: no script, styles inline, forms to self and to where they redirect. */
export function pageCsp(formTargets: readonly string[]): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `form-action 'self' ${formTargets.join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

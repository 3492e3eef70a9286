/**
 * Faults on demand. Per request: header `X-Simulateur-Panne: <fault>[,<fault>]` or query
 * `__panne=<fault>`; globally: start option `--panne` or `POST /__admin/faults`.
 * They apply to the data APIs (events, salons, statut augmenté, API Particulier), not to the
 * OAuth servers nor to the admin pages.
 */
export const FAULTS = {
  '429': 'Quota dépassé : 429 avec Retry-After et en-têtes de quota',
  '503': 'Service indisponible : 503',
  lent: 'Réponse lente (délai configurable, --lent-ms)',
  '401': 'Jeton expiré ou révoqué : 401',
  '403': 'Application non abonnée à l’API : 403',
  'json-invalide': 'Réponse 200 au JSON tronqué',
  'item-incomplet':
    'Un élément privé de champs obligatoires dans une liste par ailleurs correcte (ou l’objet seul)',
  enorme: 'Réponse 200 démesurée (JSON valide de 40 Mo)',
  imbrique: 'Réponse 200 au JSON imbriqué sur 100 000 niveaux',
  'types-faux': 'Réponse 200 dont chaque valeur a le mauvais type (texte ↔ nombre, liste ↔ objet)',
  'html-script': 'Descriptions et titres d’événements chargés de HTML hostile (script, onerror, javascript:)',
  'goutte-a-goutte': 'Réponse 200 envoyée un octet toutes les 300 ms, sans fin',
} as const;
export type Fault = keyof typeof FAULTS;
// Spelled out: integer-like keys would otherwise come first in Object.keys().
export const FAULT_NAMES: Fault[] = [
  '429',
  '503',
  'lent',
  '401',
  '403',
  'json-invalide',
  'item-incomplet',
  'enorme',
  'imbrique',
  'types-faux',
  'html-script',
  'goutte-a-goutte',
];

export function isFault(name: string): name is Fault {
  return Object.hasOwn(FAULTS, name);
}

/** Parses "429, lent" → ['429', 'lent']; returns the unknown names apart. */
export function parseFaults(value: string | null | undefined): { faults: Fault[]; unknown: string[] } {
  const faults: Fault[] = [];
  const unknown: string[] = [];
  for (const name of (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (isFault(name)) faults.push(name);
    else unknown.push(name);
  }
  return { faults, unknown };
}

/** Global faults, changed at run time by the admin endpoint. */
export class FaultState {
  #global: Fault[];
  slowMs: number;

  constructor(initial: Fault[] = [], slowMs = 3000) {
    this.#global = [...initial];
    this.slowMs = slowMs;
  }

  get global(): readonly Fault[] {
    return this.#global;
  }

  set(faults: Fault[]): void {
    this.#global = [...new Set(faults)];
  }

  /** The faults of one request: global ones plus those the request asks for. */
  forRequest(header: string | undefined, query: string | null): { faults: Set<Fault>; unknown: string[] } {
    const fromHeader = parseFaults(header);
    const fromQuery = parseFaults(query);
    return {
      faults: new Set([...this.#global, ...fromHeader.faults, ...fromQuery.faults]),
      unknown: [...fromHeader.unknown, ...fromQuery.unknown],
    };
  }
}

/** A JSON text cut in the middle: what a broken proxy or a truncated answer looks like. */
export function truncatedJson(payload: unknown): string {
  const text = JSON.stringify(payload);
  return text.slice(0, Math.max(1, Math.floor(text.length / 2))) + '…';
}

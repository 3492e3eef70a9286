import { DEPARTEMENTS, foldForSearch, normaliseDepartementCode } from '../../settings/core/departements';
import { REGIONS } from '../../settings/core/regions';
import { departementFromPostalCode } from './departement';

/**
 * Whether an online fair concerns the agent's territory, read from its `localisation`, a
 * free text typed by the organiser ("RIOM (dept 63)", "Auvergne-Rhône-Alpes", "National",
 * "Agence de Clermont-Ferrand", "Département de la Réunion (974)"…):
 * - `national`: it says so ("National", "France entière", "Toute la France"…);
 * - `territory`: it names one of the territory's départements (by number in brackets, after
 *   "dept"/"département", through a postal code, or by name), its region, or one of its
 *   communes;
 * - `elsewhere`: it names only other places; `unknown`: no place could be read (empty, or
 *   words only), so the popup leaves it to the side panel.
 * Names are matched as whole words, the longest first: "Haute-Loire" is not "Loire",
 * "Corse-du-Sud" is not the region "Corse", "Pays de la Loire" is a region.
 */
export type FairScope = 'national' | 'territory' | 'elsewhere' | 'unknown';

export type FairMatcher = (localisation: string | null | undefined) => FairScope;

/** Whether a scope puts the fair in the popup. */
export const concernsTerritory = (scope: FairScope): boolean => scope === 'national' || scope === 'territory';

const NATIONAL_PHRASES = [
  'national',
  'nationale',
  'france entiere',
  'toute la france',
  'partout en france',
  'ensemble du territoire',
  'tout le territoire',
  'france metropolitaine',
];

/** Common abbreviations organisers use for regions. */
const REGION_ALIASES: Record<string, string[]> = {
  '11': ['idf'],
  '84': ['aura'],
  '93': ['paca', 'region sud'],
};

/**
 * Commune names that are also ordinary words of a `localisation` ("Job" is a commune of the
 * Puy-de-Dôme, "Salon" one of the Aube): never read as the commune.
 */
const GENERIC_WORDS = new Set([
  'job',
  'salon',
  'ville',
  'mont',
  'port',
  'plaine',
  'ligne',
  'rue',
  'mer',
  'bar',
  'son',
  'centre',
  'agence',
  'forum',
]);

const ARTICLE = /^(la|le|les|l) /;

type Mark = 'national' | 'territory' | 'elsewhere';

interface Phrase {
  tokens: string[];
  mark: Mark;
}

const tokensOf = (folded: string) => folded.split(/[^a-z0-9]+/).filter(Boolean);

class PhraseIndex {
  private readonly byFirst = new Map<string, Phrase[]>();

  /** Adds a name (and its form without a leading article: "Réunion" for "La Réunion"). */
  add(name: string, mark: Mark, isCommune = false): void {
    const folded = foldForSearch(name);
    const forms = [folded];
    const bare = folded.replace(ARTICLE, '');
    if (bare !== folded && bare.replace(/ /g, '').length >= 4) forms.push(bare);
    for (const form of forms) {
      if (isCommune && (GENERIC_WORDS.has(form) || form.replace(/ /g, '').length < 3)) continue;
      const tokens = tokensOf(form);
      const first = tokens[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ tokens, mark });
      this.byFirst.set(first, list);
    }
  }

  /** The marks of the phrases found in the text, each span read by its longest phrase. */
  marks(tokens: readonly string[]): Mark[] {
    const found: Mark[] = [];
    let i = 0;
    while (i < tokens.length) {
      let length = 0;
      let marks: Mark[] = [];
      for (const phrase of this.byFirst.get(tokens[i] as string) ?? []) {
        const n = phrase.tokens.length;
        if (n < length || !phrase.tokens.every((token, k) => tokens[i + k] === token)) continue;
        if (n > length) {
          length = n;
          marks = [];
        }
        marks.push(phrase.mark);
      }
      if (length === 0) {
        i += 1;
        continue;
      }
      // Same words, several places (Vienne the commune, Vienne the département): any counts.
      found.push(
        marks.includes('territory') ? 'territory' : marks.includes('national') ? 'national' : 'elsewhere',
      );
      i += length;
    }
    return found;
  }
}

const CODE_PATTERNS = [
  /\((\d{2,3}|2[ab])\)/g,
  /\b(?:dept|dpt|dep|departement)\.?\s*(?:n\s*)?(\d{2,3}|2[ab])\b/g,
];

/** Département codes written out in the text: "(63)", "dept 63", "63200". */
function codesIn(folded: string): string[] {
  const codes: string[] = [];
  for (const pattern of CODE_PATTERNS) {
    for (const match of folded.matchAll(pattern)) {
      const code = normaliseDepartementCode(match[1] ?? '');
      if (code) codes.push(code);
    }
  }
  for (const match of folded.matchAll(/\b(\d{5})\b/g)) {
    const code = departementFromPostalCode(match[1]);
    if (code) codes.push(code);
  }
  return codes;
}

/** A commune as the rule needs it (the commune index's entries fit). */
export interface NamedCommune {
  name: string;
  departement: string;
}

/**
 * The rule for one territory: its départements (empty = all of France, where every fair
 * concerns the agent) and every commune of France (from the commune index: the territory's
 * own communes count for it, the others tell "elsewhere" and keep a longer name elsewhere,
 * "Thiers-sur-Thève", from being read as a shorter one of the territory, "Thiers").
 */
export function fairMatcher(territory: readonly string[], communes: Iterable<NamedCommune>): FairMatcher {
  const mine = new Set(territory);
  const index = new PhraseIndex();
  for (const phrase of NATIONAL_PHRASES) index.add(phrase, 'national');
  for (const departement of DEPARTEMENTS) {
    index.add(departement.name, mine.has(departement.code) ? 'territory' : 'elsewhere');
  }
  for (const region of REGIONS) {
    const mark = region.departements.some((code) => mine.has(code)) ? 'territory' : 'elsewhere';
    for (const name of [region.name, ...(REGION_ALIASES[region.code] ?? [])]) index.add(name, mark);
  }
  if (mine.size > 0) {
    for (const commune of communes) {
      index.add(commune.name, mine.has(commune.departement) ? 'territory' : 'elsewhere', true);
    }
  }

  return (localisation) => {
    const folded = foldForSearch(localisation ?? '');
    if (!folded) return 'unknown';
    const tokens = tokensOf(folded);
    if (tokens.length === 1 && tokens[0] === 'france') return 'national';
    const marks = index.marks(tokens);
    const codes = codesIn(folded);
    if (marks.includes('national')) return 'national';
    if (mine.size === 0) return 'territory';
    if (marks.includes('territory') || codes.some((code) => mine.has(code))) return 'territory';
    return marks.length > 0 || codes.length > 0 ? 'elsewhere' : 'unknown';
  };
}

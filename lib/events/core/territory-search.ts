import { DEPARTEMENTS, foldForSearch, searchDepartements } from '../../settings/core/departements';
import type { IndexedCommune } from './commune-index';
import { departementFromPostalCode } from './departement';

/**
 * The one territory field ("Votre territoire"): what the agent types — a commune, a postal
 * code or a département — as suggestions, each naming the département it sets. Pure: the
 * commune index is passed in (null while it loads: départements and postal codes still
 * answer).
 */
export interface TerritorySuggestion {
  /** Stable within one answer (React key). */
  key: string;
  kind: 'departement' | 'commune';
  /** The département the territory becomes. */
  departement: string;
  /** Commune or département name. */
  name: string;
  /** The commune's postal codes (the typed one first); empty for a département. */
  postalCodes: string[];
}

/** "st etienne" reads as "saint etienne", "ste foy" as "sainte foy". */
function expandSaints(folded: string): string {
  return folded.replace(/\b(st|ste)\b/g, (word) => (word === 'st' ? 'saint' : 'sainte'));
}

function departementSuggestion(code: string, name: string): TerritorySuggestion {
  return { key: `d:${code}`, kind: 'departement', departement: code, name, postalCodes: [] };
}

function communeSuggestion(commune: IndexedCommune, typedCode?: string): TerritorySuggestion {
  const postalCodes = typedCode
    ? [typedCode, ...commune.postalCodes.filter((code) => code !== typedCode)]
    : commune.postalCodes;
  return {
    key: `c:${commune.departement}:${commune.name}:${postalCodes[0] ?? ''}`,
    kind: 'commune',
    departement: commune.departement,
    name: commune.name,
    postalCodes,
  };
}

/**
 * An exact name counts as a commune ten times bigger (+10 on the weight's 10 × log10 scale):
 * "Clermont" still lists Clermont-Ferrand (147,000 inhabitants) before Clermont in the Oise
 * (10,000), and "Riom" lists Riom before Riom-ès-Montagnes.
 */
const EXACT_BONUS = 10;

const byWeight = (a: IndexedCommune, b: IndexedCommune) =>
  b.weight - a.weight || a.name.localeCompare(b.name, 'fr');

/** Communes having a postal code that starts with `digits`, biggest first. */
function byPostalCode(communes: readonly IndexedCommune[], digits: string, limit: number) {
  return communes
    .filter((commune) => commune.postalCodes.some((code) => code.startsWith(digits)))
    .sort(byWeight)
    .slice(0, limit)
    .map((commune) =>
      communeSuggestion(
        commune,
        commune.postalCodes.find((code) => code.startsWith(digits)),
      ),
    );
}

/**
 * Suggestions for what is typed, best first:
 * - a postal code (5 digits): its communes, or its département while the index loads;
 * - digits or "2A"/"2B": the départements of that number, then communes by postal code;
 * - a name: a département of that name, départements whose name starts with it, then the
 *   communes of that name or starting with it (bigger first, an exact name counting as a
 *   bigger commune), then départements and communes containing it. A département and its
 *   namesake commune (Paris) appear once.
 */
export function suggestTerritories(
  query: string,
  communes: readonly IndexedCommune[] | null,
  limit = 8,
): TerritorySuggestion[] {
  const typed = query.trim();
  if (!typed) return [];
  if (/^\d{5}$/.test(typed)) {
    const found = communes ? byPostalCode(communes, typed, limit) : [];
    if (found.length > 0) return found;
    const code = departementFromPostalCode(typed);
    const departement = DEPARTEMENTS.find((d) => d.code === code);
    return departement ? [departementSuggestion(departement.code, departement.name)] : [];
  }
  if (/^(\d{1,4}|2[ab])$/i.test(typed)) {
    const departements = searchDepartements(typed, limit).map((d) => departementSuggestion(d.code, d.name));
    const byCode = communes && typed.length >= 3 ? byPostalCode(communes, typed, limit) : [];
    return [...departements, ...byCode].slice(0, limit);
  }

  const folded = expandSaints(foldForSearch(typed));
  if (!folded) return [];
  const departements = searchDepartements(typed).filter((d) => {
    const name = foldForSearch(d.name);
    return name.startsWith(folded) || name.includes(` ${folded}`) || name === folded;
  });
  const exactDepartements = departements.filter((d) => foldForSearch(d.name) === folded);
  const exactCodes = new Set<string>(exactDepartements.map((d) => d.code));
  const ranked: { commune: IndexedCommune; score: number }[] = [];
  const contains: IndexedCommune[] = [];
  for (const commune of communes ?? []) {
    if (commune.folded === folded) {
      // Paris the commune is Paris the département: one suggestion.
      if (!exactCodes.has(commune.departement)) ranked.push({ commune, score: commune.weight + EXACT_BONUS });
    } else if (commune.folded.startsWith(folded)) ranked.push({ commune, score: commune.weight });
    else if (folded.length >= 3 && commune.folded.includes(folded)) contains.push(commune);
  }
  ranked.sort((a, b) => b.score - a.score || a.commune.name.localeCompare(b.commune.name, 'fr'));
  const others = departements.filter((d) => !exactCodes.has(d.code));
  const starting = others.filter((d) => foldForSearch(d.name).startsWith(folded));
  const inside = others.filter((d) => !foldForSearch(d.name).startsWith(folded));
  return [
    ...exactDepartements.map((d) => departementSuggestion(d.code, d.name)),
    ...starting.slice(0, 3).map((d) => departementSuggestion(d.code, d.name)),
    ...ranked.map(({ commune }) => communeSuggestion(commune)),
    ...inside.slice(0, 2).map((d) => departementSuggestion(d.code, d.name)),
    ...contains.sort(byWeight).map((commune) => communeSuggestion(commune)),
  ].slice(0, limit);
}

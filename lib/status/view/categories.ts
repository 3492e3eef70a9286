import type { Language } from '../../settings/core/constants';

/**
 * The eight job-seeker categories, with the official description France Travail publishes
 * for the "statut demandeur d'emploi" API (shared/seeds/001_b50ec9181c797dff.txt), verbatim
 * in French; the English text is a faithful translation for the English UI.
 */
export const CATEGORY_CODES = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

const ACTIVE_FR =
  'Personnes sans emploi, immédiatement disponibles au sens de l’article R. 311-3-3 (article R.5411-9 du CT), tenues d’accomplir des actes positifs de recherche d’emploi, à la recherche d’un emploi';
const ACTIVE_EN =
  'People without a job, immediately available within the meaning of article R. 311-3-3 (article R.5411-9 of the Labour Code), required to take positive steps to look for work, looking for';
const NOT_AVAILABLE_FR =
  'Personnes non immédiatement disponibles au sens de l’article R. 311-3-3 (1°) (article R.5411-10 1°) du CT) à la recherche d’un autre emploi,';
const NOT_AVAILABLE_EN =
  'People not immediately available within the meaning of article R. 311-3-3 (1°) (article R.5411-10 1°) of the Labour Code) looking for another job,';

const DESCRIPTIONS: Record<Language, Record<CategoryCode, string>> = {
  fr: {
    '1': `${ACTIVE_FR} à durée indéterminée à plein temps`,
    '2': `${ACTIVE_FR} à durée indéterminée à temps partiel`,
    '3': `${ACTIVE_FR} à durée déterminée temporaire ou saisonnier, y compris de très courte durée`,
    '4': 'Personnes sans emploi, non immédiatement disponibles, à la recherche d’un emploi',
    '5': 'Personnes pourvues d’un emploi, à la recherche d’un autre emploi',
    '6': `${NOT_AVAILABLE_FR} à durée indéterminée à plein temps, tenues d’accomplir des actes positifs de recherche d’emploi`,
    '7': `${NOT_AVAILABLE_FR} à durée indéterminée à temps partiel, tenues d’accomplir des actes positifs de recherche d’emploi`,
    '8': `${NOT_AVAILABLE_FR} à durée déterminée, temporaire ou saisonnier, y compris de très courte durée, tenues d’accomplir des actes positifs de recherche d’emploi`,
  },
  en: {
    '1': `${ACTIVE_EN} a full-time permanent job`,
    '2': `${ACTIVE_EN} a part-time permanent job`,
    '3': `${ACTIVE_EN} a fixed-term, temporary or seasonal job, including very short ones`,
    '4': 'People without a job, not immediately available, looking for a job',
    '5': 'People with a job, looking for another job',
    '6': `${NOT_AVAILABLE_EN} full-time and permanent, required to take positive steps to look for work`,
    '7': `${NOT_AVAILABLE_EN} part-time and permanent, required to take positive steps to look for work`,
    '8': `${NOT_AVAILABLE_EN} fixed-term, temporary or seasonal, including very short ones, required to take positive steps to look for work`,
  },
};

/** Short plain-language names, for the verdict and the justificatif. */
const SHORT_LABELS: Record<Language, Record<CategoryCode, string>> = {
  fr: {
    '1': 'sans emploi, disponible, recherche un CDI à temps plein',
    '2': 'sans emploi, disponible, recherche un CDI à temps partiel',
    '3': 'sans emploi, disponible, recherche un emploi temporaire ou saisonnier',
    '4': 'sans emploi, non immédiatement disponible',
    '5': 'en emploi, recherche un autre emploi',
    '6': 'non immédiatement disponible, recherche un CDI à temps plein',
    '7': 'non immédiatement disponible, recherche un CDI à temps partiel',
    '8': 'non immédiatement disponible, recherche un emploi temporaire ou saisonnier',
  },
  en: {
    '1': 'without a job, available, looking for a full-time permanent job',
    '2': 'without a job, available, looking for a part-time permanent job',
    '3': 'without a job, available, looking for a temporary or seasonal job',
    '4': 'without a job, not immediately available',
    '5': 'in work, looking for another job',
    '6': 'not immediately available, looking for a full-time permanent job',
    '7': 'not immediately available, looking for a part-time permanent job',
    '8': 'not immediately available, looking for a temporary or seasonal job',
  },
};

/** "01", " 3", 3 → "3"; anything outside 1–8 → null. */
export function normaliseCategoryCode(code: string | number | null | undefined): CategoryCode | null {
  if (code === null || code === undefined) return null;
  const trimmed = String(code)
    .trim()
    .replace(/^0+(?=\d)/, '');
  return (CATEGORY_CODES as readonly string[]).includes(trimmed) ? (trimmed as CategoryCode) : null;
}

export interface CategoryInfo {
  code: CategoryCode;
  shortLabel: string;
  description: string;
}

/** The official description of a category, or null for an unknown code (shown as received). */
export function categoryInfo(
  code: string | number | null | undefined,
  language: Language,
): CategoryInfo | null {
  const known = normaliseCategoryCode(code);
  if (!known) return null;
  return {
    code: known,
    shortLabel: SHORT_LABELS[language][known],
    description: DESCRIPTIONS[language][known],
  };
}

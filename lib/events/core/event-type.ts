import { MEE_TYPE_CODES, type MeeTypeCode } from './wire/mee';

/** "Job dating", "JOB DATING", "Réunion d’information" all fold to one key. */
function fold(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const CODE_BY_LABEL = new Map<string, MeeTypeCode>(
  (Object.entries(MEE_TYPE_CODES) as [MeeTypeCode, string][]).map(([code, label]) => [fold(label), code]),
);

/** The MEE type code of a type label ("Atelier" → "16"); null for a label outside the table ("Salon"). */
export function typeCodeOfLabel(label: string): MeeTypeCode | null {
  return CODE_BY_LABEL.get(fold(label)) ?? null;
}

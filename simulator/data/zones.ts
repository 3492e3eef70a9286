/**
 * Time zone of each département's events: metropolitan France is on Paris time; the five
 * overseas départements are not (Réunion UTC+4, Mayotte UTC+3, Guadeloupe and Martinique
 * UTC−4, Guyane UTC−3, none with daylight saving).
 */
const OVERSEAS: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '976': 'Indian/Mayotte',
};

export function timeZoneOfDepartement(departement: string): string {
  return OVERSEAS[departement] ?? 'Europe/Paris';
}

/** Deterministic online fairs ("salons en ligne"): some running, some upcoming, some closed to applications. */
import type { SalonEnLigne } from '../../lib/events/core/wire/salons-en-ligne';
import { addDays, parisDate, toFrenchDate } from './dates';
import { DEFAULT_SEED } from './events';
import { createRandom } from './random';

export const DEFAULT_SALON_COUNT = 36;

const THEMES = [
  'les métiers du grand âge',
  'la logistique et le transport',
  'l’hôtellerie-restauration saisonnière',
  'le numérique',
  'l’industrie qui recrute',
  'le bâtiment et les travaux publics',
  'les services à la personne',
  'la grande distribution',
  'l’alternance',
  'les métiers de la défense',
  'l’agriculture et la viticulture',
  'la santé et le médico-social',
];
const LOCALISATIONS = [
  'RIOM (dept 63)',
  'Hauts-de-France',
  'Agence France Travail Lyon 7e',
  'Bretagne',
  'Toulouse et sa périphérie',
  'Département de la Réunion (974)',
  'National',
  'Bassin d’emploi de Rouen',
  'Corse-du-Sud (2A)',
  'Marseille (13)',
  'Strasbourg Eurométropole',
  'Guadeloupe',
];
const ORGANISMES = [
  'France Travail',
  'France Travail Auvergne-Rhône-Alpes',
  'APEC',
  'Région Occitanie',
  'Armée de Terre',
];

export interface SalonOptions {
  seed?: string;
  referenceDate?: Date;
  count?: number;
}

/** The online fairs, running ones first then by start date (the endpoint lists only current and upcoming). */
export function generateSalons(options: SalonOptions = {}): SalonEnLigne[] {
  const random = createRandom(`salons:${options.seed ?? DEFAULT_SEED}`);
  const today = parisDate(options.referenceDate ?? new Date());
  const salons: { start: string; salon: SalonEnLigne }[] = [];
  const count = options.count ?? DEFAULT_SALON_COUNT;
  for (let i = 0; i < count; i++) {
    const running = i % 3 === 0;
    const start = running ? addDays(today, -random.int(1, 10)) : addDays(today, random.int(2, 120));
    const end = addDays(start, random.int(running ? 12 : 3, 28));
    // A quarter of the fairs no longer accept applications.
    const closed = i % 4 === 1;
    const candEnd = closed ? addDays(today, -random.int(1, 5)) : addDays(end, -random.int(0, 2));
    const candStart = closed ? addDays(candEnd, -random.int(10, 30)) : addDays(start, -random.int(7, 21));
    const theme = random.pick(THEMES);
    const id = 9000 + i * 3;
    const salon: SalonEnLigne = {
      titre: `Salon en ligne : ${theme}`,
      description: [
        `<p>Découvrez les offres d’emploi de ce salon consacré à <strong>${theme}</strong>.</p>`,
        '<ul><li>Consultez les offres</li><li>Postulez en ligne</li><li>Passez vos entretiens à distance</li></ul>',
        random.chance(0.5)
          ? `<p><img src="https://images.example.org/salons/${id}.png" alt="Bannière du salon"></p>`
          : '',
        '<p>Aide : <a href="https://www.francetravail.fr/candidat/salons-en-ligne.html">mode d’emploi des salons en ligne</a></p>',
      ].join(''),
      localisation: random.pick(LOCALISATIONS),
      dateDebut: toFrenchDate(start),
      dateFin: toFrenchDate(end),
      dateDebutCandidature: toFrenchDate(candStart),
      dateFinCandidature: toFrenchDate(candEnd),
      nombreOffres: random.int(5, 320),
      salonEnCours: running,
      // Real fairs' pages carry the fair's id as a query parameter (fixtures/real/salons-en-ligne/).
      urlSalonEnLigne: `https://salonenligne.francetravail.fr/candidat/?salonId=${id}`,
      typeEvenement: 'Salon en ligne',
    };
    // Older payloads have no organiser.
    if (random.chance(0.8)) salon.organismeOrganisateur = random.pick(ORGANISMES);
    salons.push({ start, salon });
  }
  return salons
    .sort(
      (a, b) => Number(b.salon.salonEnCours) - Number(a.salon.salonEnCours) || a.start.localeCompare(b.start),
    )
    .map((s) => s.salon);
}

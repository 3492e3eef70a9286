/**
 * Deterministic MEE events: same seed and reference date → same events. Dates are relative
 * to the reference date (default today) so the demo never goes stale.
 */
import { MEE_MODALITES, MEE_TYPE_CODES, SECTEUR_CODES, SECTEURS } from '../../lib/events/core/wire/mee';
import type { MeeEvenement, MeeModalite, MeeTypeCode, SecteurCode } from '../../lib/events/core/wire/mee';
import { BENEFICES, INTERVENANTS, METIERS, OBJECTIFS, OPERATIONS, ORGANISATEURS, PUBLICS } from './catalogue';
import { loadCommunes, departementCodes } from './communes';
import type { Commune } from './communes';
import { addDays, parisDate, parisMidnight } from './dates';
import { createRandom, createWeightedPicker } from './random';
import type { Random } from './random';

/** An event as served (`wire`) plus what the search filters need and the payload lacks. */
export interface SimEvent {
  wire: MeeEvenement;
  typeCode: MeeTypeCode;
  secteurs: SecteurCode[];
  modalites: MeeModalite[];
  departement: string;
  /** yyyy-MM-dd, Paris time; multi-day events end after they start. */
  dateDebut: string;
  dateFin: string;
}

export interface GenerateOptions {
  seed?: string;
  referenceDate?: Date;
  /** How many events; at least 3 per département are always placed. */
  count?: number;
}

export const DEFAULT_SEED = 'demo';
export const DEFAULT_EVENT_COUNT = 2400;
const PER_DEPARTEMENT = 3;
const DETAIL_URL = 'https://mesevenementsemploi.francetravail.fr/mes-evenements-emploi/evenement/';
const IMAGE_URL = 'https://images.example.org/evenements/';

const TYPE_CODES = Object.keys(MEE_TYPE_CODES) as MeeTypeCode[];
const HOURS: [string, string][] = [
  ['09:00:00', '12:00:00'],
  ['09:30:00', '11:30:00'],
  ['10:00:00', '16:00:00'],
  ['13:30:00', '16:30:00'],
  ['14:00:00', '17:00:00'],
];

/** Generates the events, sorted by start date then id. */
export function generateEvents(options: GenerateOptions = {}): SimEvent[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = parisDate(options.referenceDate ?? new Date());
  const random = createRandom(`events:${seed}`);
  const communes = loadCommunes();
  const total = Math.max(options.count ?? DEFAULT_EVENT_COUNT, 0);

  const placed: Commune[] = [];
  // Every département gets a few events, the rest follows the population.
  for (const dep of departementCodes()) {
    const local = communes.filter((c) => c.departement === dep);
    const pickLocal = createWeightedPicker(local, (c) => Math.sqrt(c.population) + 1);
    for (let i = 0; i < PER_DEPARTEMENT && placed.length < total; i++) placed.push(pickLocal(random));
  }
  const pickNational = createWeightedPicker(communes, (c) => c.population);
  while (placed.length < total) placed.push(pickNational(random));

  const events = placed.map((commune, index) => buildEvent(random, commune, index, today));
  return events.sort((a, b) => a.dateDebut.localeCompare(b.dateDebut) || a.wire.id - b.wire.id);
}

/** "Paris 18e Arrondissement" → "Paris": events name the city, the codes say the arrondissement. */
function cityName(commune: Commune): string {
  return /^(Paris|Lyon|Marseille) \d/.exec(commune.nom)?.[1] ?? commune.nom;
}

function buildEvent(random: Random, commune: Commune, index: number, today: string): SimEvent {
  const ville = cityName(commune);
  const id = 400_000 + index * 7 + random.int(0, 6);
  const typeCode = random.pick(TYPE_CODES);
  const type = MEE_TYPE_CODES[typeCode];
  const multisectoriel = typeCode === '14' || typeCode === '15' ? random.chance(0.6) : random.chance(0.1);
  const secteurs = multisectoriel
    ? random.sample(SECTEUR_CODES, random.int(2, 4))
    : [random.pick(SECTEUR_CODES)];
  const main = secteurs[0] as SecteurCode;
  const metiers = secteurs.flatMap((s) => random.sample(METIERS[s], random.int(1, 2)));
  const firstMetier = metiers[0] ?? { rome: 'M1607', metier: 'secrétaire' };
  const roll = random.next();
  const modalites: MeeModalite[] = roll < 0.72 ? ['ENPHY'] : roll < 0.92 ? ['ADIST'] : ['ENPHY', 'ADIST'];

  // A tenth of the events are past (to show why `dateDebut` matters), the rest within six months.
  const dateDebut = addDays(today, random.chance(0.1) ? -random.int(1, 30) : random.int(0, 182));
  const days = (typeCode === '14' || typeCode === '15') && random.chance(0.35) ? random.int(2, 3) : 1;
  const dateFin = addDays(dateDebut, days - 1);
  const [heureDebut, heureFin] = random.pick(HOURS);

  const organisateur = `${random.pick(ORGANISATEURS)} – ${ville}`;
  const codePostal = random.pick(commune.codesPostaux);
  const places = (on: boolean) => {
    if (!on) return { total: 0, inscrits: 0 };
    const total = random.pick([10, 12, 15, 20, 25, 30, 40, 50, 80, 120, 200]);
    const fill = random.next();
    // Some full, some almost full, most with room.
    const inscrits =
      fill < 0.1
        ? total
        : fill < 0.2
          ? total - random.int(1, Math.min(3, total))
          : random.int(0, Math.floor(total * 0.8));
    return { total, inscrits };
  };
  const presentiel = places(modalites.includes('ENPHY'));
  const distance = places(modalites.includes('ADIST'));
  const titre = makeTitle(random, type, firstMetier.metier, SECTEURS[main], ville, multisectoriel);

  const wire: MeeEvenement = {
    id,
    titre,
    type,
    description: makeDescription(
      random,
      id,
      titre,
      metiers.map((m) => m.metier),
      organisateur,
      days,
    ),
    deroulement: random.chance(0.7) ? makeDeroulement(random, days, heureDebut, heureFin) : null,
    ville,
    codePostal,
    codeInsee: commune.codeInsee,
    latitude: commune.latitude,
    longitude: commune.longitude,
    dateEvenement: parisMidnight(dateDebut),
    heureDebut,
    heureFin,
    timezone: 'Europe/Paris',
    modalites: modalites.map((m) => MEE_MODALITES[m]),
    objectifs: random.sample(OBJECTIFS, random.int(1, 3)),
    publics: random.sample(PUBLICS, random.int(1, 3)),
    operations: random.chance(0.2) ? [random.pick(OPERATIONS)] : [],
    benefices: random.sample(BENEFICES, random.int(0, 2)),
    codesRome: [...new Set(metiers.map((m) => m.rome))],
    multisectoriel,
    nombrePlaceTotalPresentiel: presentiel.total,
    nombrePlaceTotalDistance: distance.total,
    nombreInscritPresentiel: presentiel.inscrits,
    nombreInscritDistance: distance.inscrits,
    offresId: random.chance(0.3)
      ? Array.from(
          { length: random.int(1, 4) },
          () =>
            `${random.int(100, 199)}${String.fromCharCode(65 + random.int(0, 25))}${random.int(1000, 9999)}`,
        )
      : [],
    urlDetailEvenement: `${DETAIL_URL}${id}`,
    libelleOrganisateurPrincipal: organisateur,
    libelleEtablissement: `France Travail ${ville}`,
    nombrePreinscritPresentiel: Math.floor(presentiel.inscrits / 4),
    nombrePreinscritDistance: Math.floor(distance.inscrits / 4),
    intervenants: random.sample(INTERVENANTS, random.int(0, 2)),
  };
  return { wire, typeCode, secteurs, modalites, departement: commune.departement, dateDebut, dateFin };
}

function makeTitle(
  random: Random,
  type: string,
  metier: string,
  secteur: string,
  ville: string,
  multi: boolean,
): string {
  const subject = multi
    ? `multisectoriel`
    : random.chance(0.5)
      ? metier
      : secteur.split(',')[0]!.toLowerCase();
  const patterns = [
    `${type} ${subject} à ${ville}`,
    `${type} : recrutement ${subject}`,
    `${type} – ${subject}`,
    `${type} « Les métiers qui recrutent » – ${ville}`,
  ];
  return random.pick(patterns);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function makeDescription(
  random: Random,
  id: number,
  titre: string,
  metiers: string[],
  organisateur: string,
  days: number,
): string {
  const parts = [
    `<p>${escapeHtml(organisateur)} vous invite : <strong>${escapeHtml(titre)}</strong>.</p>`,
    `<p>Postes proposés :</p><ul>${metiers.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>`,
  ];
  if (days > 1) parts.push(`<p>L’évènement se déroule sur <em>${days} jours</em> consécutifs.</p>`);
  if (random.chance(0.6)) parts.push('<p>Munissez-vous de plusieurs CV à jour.</p>');
  if (random.chance(0.5)) {
    parts.push(
      '<p>Plus d’informations sur <a href="https://www.francetravail.fr/candidat.html">francetravail.fr</a>.</p>',
    );
  }
  if (random.chance(0.35))
    parts.push(
      `<p><img src="${IMAGE_URL}${id}.jpg" alt="Affiche de l’évènement" width="600" height="300"></p>`,
    );
  if (random.chance(0.03)) {
    // Hostile markup now and then: the extension must sanitise descriptions before display.
    parts.push(
      '<p onclick="alert(1)">Inscription <a href="javascript:alert(1)">ici</a></p><script>alert("xss")</script>',
    );
  }
  return parts.join('\n');
}

function makeDeroulement(random: Random, days: number, debut: string, fin: string): string {
  const h = (t: string) => t.slice(0, 5).replace(':', 'h');
  const base = `Accueil à ${h(debut)}, présentation des entreprises puis entretiens jusqu’à ${h(fin)}.`;
  return days > 1
    ? `${base} Programme identique chaque jour.`
    : random.chance(0.5)
      ? base
      : `${base} Atelier CV en fin de séance.`;
}

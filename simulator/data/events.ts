/**
 * Deterministic MEE events: same seed and reference date → same events. Dates are relative
 * to the reference date (default today) so the demo never goes stale. `dateEvenement` carries
 * the start instant with the offset of the event's own zone, as France Travail's fixtures do
 * (fixtures/real/mee/); a few fixed events show the overseas zones and a daylight-saving change.
 */
import { MEE_MODALITES, MEE_TYPE_CODES, SECTEUR_CODES, SECTEURS } from '../../lib/events/core/wire/mee';
import type { MeeEvenement, MeeModalite, MeeTypeCode, SecteurCode } from '../../lib/events/core/wire/mee';
import { BENEFICES, INTERVENANTS, METIERS, OBJECTIFS, OPERATIONS, ORGANISATEURS, PUBLICS } from './catalogue';
import { loadCommunes, departementCodes } from './communes';
import type { Commune } from './communes';
import { addDays, nextParisOffsetChange, parisDate, zonedDateTime } from './dates';
import { createRandom, createWeightedPicker } from './random';
import type { Random } from './random';
import { timeZoneOfDepartement } from './zones';

/** An event as served (`wire`) plus what the search filters need and the payload lacks. */
export interface SimEvent {
  wire: MeeEvenement;
  typeCode: MeeTypeCode;
  secteurs: SecteurCode[];
  modalites: MeeModalite[];
  departement: string;
  /** yyyy-MM-dd in the event's zone; multi-day events end after they start. */
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
  const withShowcase = total >= SHOWCASE_MIN_COUNT;
  const generated = withShowcase ? total - SHOWCASE_SIZE : total;

  const placed: Commune[] = [];
  // Every département gets a few events, the rest follows the population.
  for (const dep of departementCodes()) {
    const local = communes.filter((c) => c.departement === dep);
    const pickLocal = createWeightedPicker(local, (c) => Math.sqrt(c.population) + 1);
    for (let i = 0; i < PER_DEPARTEMENT && placed.length < generated; i++) placed.push(pickLocal(random));
  }
  const pickNational = createWeightedPicker(communes, (c) => c.population);
  while (placed.length < generated) placed.push(pickNational(random));

  const events = placed.map((commune, index) => buildEvent(random, commune, index, today));
  if (withShowcase) events.push(...showcaseEvents(seed, today, communes));
  return events.sort((a, b) => a.dateDebut.localeCompare(b.dateDebut) || a.wire.id - b.wire.id);
}

/** Below this many events (unit tests asking for a handful) the fixed events stay out. */
const SHOWCASE_MIN_COUNT = 50;
const SHOWCASE_SIZE = 7;

interface Fixed {
  id: number;
  insee: string;
  typeCode: MeeTypeCode;
  /** Days from today (Paris) … */
  inDays?: number;
  /** … or a fixed local date. */
  date?: string;
  hours: [string, string];
}

/**
 * Events a demo can look for: one in each overseas département at a local hour, and the same
 * Paris workshop the day before and the day after the next daylight-saving change (offset
 * +01:00 on one side, +02:00 on the other).
 */
function showcaseEvents(seed: string, today: string, communes: readonly Commune[]): SimEvent[] {
  const random = createRandom(`showcase:${seed}`);
  const change = nextParisOffsetChange(addDays(today, 2));
  const fixed: Fixed[] = [
    { id: 390_001, insee: '97411', typeCode: '18', inDays: 3, hours: ['09:00:00', '12:00:00'] },
    { id: 390_002, insee: '97120', typeCode: '14', inDays: 4, hours: ['14:00:00', '17:00:00'] },
    { id: 390_003, insee: '97209', typeCode: '16', inDays: 5, hours: ['09:30:00', '11:30:00'] },
    { id: 390_004, insee: '97302', typeCode: '13', inDays: 6, hours: ['10:00:00', '12:00:00'] },
    { id: 390_005, insee: '97611', typeCode: '32', inDays: 7, hours: ['08:00:00', '12:00:00'] },
    {
      id: 390_006,
      insee: '75111',
      typeCode: '16',
      date: addDays(change, -1),
      hours: ['09:00:00', '12:00:00'],
    },
    {
      id: 390_007,
      insee: '75111',
      typeCode: '16',
      date: addDays(change, 1),
      hours: ['09:00:00', '12:00:00'],
    },
  ];
  return fixed.map((f) => {
    const commune = communes.find((c) => c.codeInsee === f.insee);
    if (!commune) throw new Error(`commune ${f.insee} missing from the table`);
    return buildEvent(random, commune, 0, today, {
      id: f.id,
      typeCode: f.typeCode,
      dateDebut: f.date ?? addDays(today, f.inDays ?? 0),
      days: 1,
      hours: f.hours,
      modalites: ['ENPHY'],
    });
  });
}

/** "Paris 18e Arrondissement" → "Paris": events name the city, the codes say the arrondissement. */
function cityName(commune: Commune): string {
  return /^(Paris|Lyon|Marseille) \d/.exec(commune.nom)?.[1] ?? commune.nom;
}

interface Overrides {
  id: number;
  typeCode: MeeTypeCode;
  dateDebut: string;
  days: number;
  hours: [string, string];
  modalites: MeeModalite[];
}

function buildEvent(
  random: Random,
  commune: Commune,
  index: number,
  today: string,
  fixed?: Overrides,
): SimEvent {
  const ville = cityName(commune);
  const zone = timeZoneOfDepartement(commune.departement);
  const id = fixed?.id ?? 400_000 + index * 7 + random.int(0, 6);
  const typeCode = fixed?.typeCode ?? random.pick(TYPE_CODES);
  const type = MEE_TYPE_CODES[typeCode];
  const multisectoriel = typeCode === '14' || typeCode === '15' ? random.chance(0.6) : random.chance(0.1);
  const secteurs = multisectoriel
    ? random.sample(SECTEUR_CODES, random.int(2, 4))
    : [random.pick(SECTEUR_CODES)];
  const main = secteurs[0] as SecteurCode;
  const metiers = secteurs.flatMap((s) => random.sample(METIERS[s], random.int(1, 2)));
  const firstMetier = metiers[0] ?? { rome: 'M1607', metier: 'secrétaire' };
  const roll = random.next();
  const modalites: MeeModalite[] =
    fixed?.modalites ?? (roll < 0.72 ? ['ENPHY'] : roll < 0.92 ? ['ADIST'] : ['ENPHY', 'ADIST']);

  // A tenth of the events are past (to show why `dateDebut` matters), the rest within six months.
  const dateDebut =
    fixed?.dateDebut ?? addDays(today, random.chance(0.1) ? -random.int(1, 30) : random.int(0, 182));
  const days =
    fixed?.days ?? ((typeCode === '14' || typeCode === '15') && random.chance(0.35) ? random.int(2, 3) : 1);
  const dateFin = addDays(dateDebut, days - 1);
  const [heureDebut, heureFin] = fixed?.hours ?? random.pick(HOURS);

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
    // The start instant, in the offset of the event's zone; the hours are its local wall clock.
    dateEvenement: zonedDateTime(dateDebut, heureDebut, zone),
    heureDebut,
    heureFin,
    timezone: zone,
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

/**
 * Wire schemas of France Travail's "Mes Évènements Emploi" (MEE) API — search, detail and
 * the reference codes it uses (france-travail-apis.md §1.2–1.3). Shared by the extension's
 * client and by the local simulator, so both speak the same contract.
 */
import { z } from 'zod';

/** ISO date-time with an offset, e.g. "2025-03-14T00:00:00+01:00" (or "Z"). */
const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/, {
  message: 'expected an ISO date-time with offset, e.g. 2025-03-14T09:00:00+01:00',
});
const clockTime = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/, { message: 'expected HH:mm:ss' });
/** Real payloads sometimes carry null where a number is documented: tolerate it. */
const count = z.number().nullable();
const strings = z.array(z.string());

export const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
  message: 'expected a date as yyyy-MM-dd',
});

/** One `Evenement` [C]; documented-optional and third-party-only [3P] fields are optional. */
export const meeEvenementSchema = z.object({
  id: z.number().int(),
  titre: z.string(),
  type: z.string(),
  description: z.string(),
  deroulement: z.string().nullish(),
  ville: z.string().nullable(),
  codePostal: z.string().nullable(),
  codeInsee: z.string().nullable(),
  latitude: count,
  longitude: count,
  dateEvenement: isoDateTime,
  heureDebut: clockTime.nullable(),
  heureFin: clockTime.nullable(),
  timezone: z.string().nullish(),
  modalites: strings,
  objectifs: strings.nullish(),
  publics: strings.nullish(),
  operations: strings.nullish(),
  benefices: strings.nullish(),
  codesRome: strings.nullish(),
  multisectoriel: z.boolean().nullish(),
  nombrePlaceTotalPresentiel: count.optional(),
  nombrePlaceTotalDistance: count.optional(),
  nombreInscritPresentiel: count.optional(),
  nombreInscritDistance: count.optional(),
  offresId: strings.nullish(),
  urlDetailEvenement: z.string(),
  // [3P] — seen only in third-party clients.
  libelleOrganisateurPrincipal: z.string().nullish(),
  libelleEtablissement: z.string().nullish(),
  nombrePreinscritPresentiel: count.optional(),
  nombrePreinscritDistance: count.optional(),
  intervenants: z.array(z.unknown()).nullish(),
});
export type MeeEvenement = z.infer<typeof meeEvenementSchema>;

export const SECTEURS = {
  A: 'Agriculture et Pêche, Espaces naturels et Espaces verts, Soins aux animaux',
  B: "Arts et Façonnage d'ouvrages d'art",
  C: 'Banque, Assurance, Immobilier',
  D: 'Commerce, Vente et Grande distribution',
  E: 'Communication, Média et Multimédia',
  F: 'Construction, Bâtiment et Travaux publics',
  G: 'Hôtellerie-Restauration, Tourisme, Loisirs et Animation',
  H: 'Industrie',
  I: 'Installation et Maintenance',
  J: 'Santé',
  K: 'Services à la personne et à la collectivité',
  L: 'Spectacle',
  M: "Support à l'entreprise",
  N: 'Transport et Logistique',
} as const;
export type SecteurCode = keyof typeof SECTEURS;
export const SECTEUR_CODES = Object.keys(SECTEURS) as [SecteurCode, ...SecteurCode[]];

/**
 * Event type codes of the search filter and their labels, as France Travail's own app sends
 * and shows them [C] (France-Travail/pass_emploi_app; fixtures/real/mee/types-pass-emploi-app.json).
 * The `type` label an answer carries may be spelled otherwise ("Job dating"): compare folded.
 */
export const MEE_TYPE_CODES = {
  '13': "Réunion d'information",
  '14': 'Forum',
  '15': 'Conférence',
  '16': 'Atelier',
  '17': 'Salon en ligne',
  '18': 'Job Dating',
  '31': "Visite d'entreprise",
  '32': 'Portes ouvertes',
} as const;
export type MeeTypeCode = keyof typeof MEE_TYPE_CODES;

export const MEE_MODALITES = { ENPHY: 'en physique', ADIST: 'à distance' } as const;
export type MeeModalite = keyof typeof MEE_MODALITES;

/** Maximum page size [3P]. */
export const MEE_MAX_PAGE_SIZE = 100;

/** Search request body; `.strict()` so an unknown filter is reported, not silently ignored. */
export const meeSearchBodySchema = z
  .object({
    codePostal: z.array(z.string().regex(/^\d{5}$/, { message: 'expected a 5-digit postal code' })),
    departements: z.array(
      z.string().regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/, {
        message: 'expected a département code such as "75", "2A" or "974"',
      }),
    ),
    secteurActivite: z.enum(SECTEUR_CODES),
    typeEvenement: z.string().regex(/^\d{1,3}$/, { message: 'expected a numeric type code' }),
    modalite: z.enum(['ADIST', 'ENPHY']),
    dateDebut: isoDate,
    dateFin: isoDate,
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    rayon: z.number().positive(),
  })
  .partial()
  .strict();
export type MeeSearchBody = z.infer<typeof meeSearchBodySchema>;

/** Query string of the search: 0-based page, size at most 100. */
export const meeSearchQuerySchema = z.object({
  page: z.coerce.number().int().min(0).default(0),
  size: z.coerce.number().int().min(1).max(MEE_MAX_PAGE_SIZE).default(20),
});
export type MeeSearchQuery = z.infer<typeof meeSearchQuerySchema>;

/** One page of results; items are parsed one by one so one bad item is dropped, not fatal. */
export const meeSearchPageSchema = z.object({
  totalElements: z.number().int().min(0),
  content: z.array(z.unknown()),
});
export type MeeSearchPage = z.infer<typeof meeSearchPageSchema>;

/** Body of a MEE 400 answer (Spring-style error, as the gateway returns it). */
export const meeErrorSchema = z.object({
  timestamp: z.string().optional(),
  status: z.number().int(),
  error: z.string(),
  message: z.string().optional(),
  path: z.string().optional(),
});
export type MeeError = z.infer<typeof meeErrorSchema>;

/**
 * Sample events payloads for everyone's tests (extension, simulator), built from the
 * documented field lists of shared/docs/france-travail-apis.md (the doc has no full sample of
 * them).
 */

/** One MEE `Evenement`, built from the documented field list of §1.2 (values made up). */
export const MEE_EVENEMENT_SAMPLE = {
  id: 123456,
  titre: 'Job dating logistique',
  type: 'Job dating',
  description: '<p>Rencontrez des recruteurs du secteur.</p><ul><li>Préparateurs de commandes</li></ul>',
  deroulement: 'Entretiens de 10 minutes.',
  ville: 'Riom',
  codePostal: '63200',
  codeInsee: '63300',
  latitude: 45.8936,
  longitude: 3.1126,
  dateEvenement: '2025-03-14T00:00:00+01:00',
  heureDebut: '09:00:00',
  heureFin: '12:00:00',
  timezone: 'Europe/Paris',
  modalites: ['en physique'],
  objectifs: ['Recruter'],
  publics: ['Tout public'],
  codesRome: ['N1103'],
  multisectoriel: false,
  nombrePlaceTotalPresentiel: 30,
  nombrePlaceTotalDistance: 0,
  nombreInscritPresentiel: 12,
  nombreInscritDistance: 0,
  urlDetailEvenement: 'https://mesevenementsemploi.francetravail.fr/mes-evenements-emploi/evenement/123456',
} as const;

/** One search page (§1.2). */
export const MEE_SEARCH_PAGE_SAMPLE = { totalElements: 1, content: [MEE_EVENEMENT_SAMPLE] } as const;

/** One online fair, built from the fields of §1.4 (dates dd/MM/yyyy; values made up). */
export const SALON_EN_LIGNE_SAMPLE = {
  titre: 'Salon en ligne des métiers du soin',
  description:
    '<p>Des offres en <strong>EHPAD</strong> et à domicile.</p><img src="https://example.org/affiche.png" alt="">',
  localisation: 'RIOM (dept 63)',
  dateDebut: '10/03/2025',
  dateFin: '24/03/2025',
  dateDebutCandidature: '01/03/2025',
  dateFinCandidature: '20/03/2025',
  nombreOffres: 42,
  salonEnCours: true,
  urlSalonEnLigne: 'https://salonenligne.francetravail.fr/salons/42',
  typeEvenement: 'Salon en ligne',
  organismeOrganisateur: 'France Travail Riom',
} as const;

/**
 * Sample payloads for everyone's tests. The first two are copied verbatim from
 * shared/docs/france-travail-apis.md (real documented samples); the others are built from
 * the documented field lists (the doc has no full sample of them) and say so.
 */

/** Statut augmenté sample, verbatim from §2 (`codeValiditeEmail` is elided as in the doc). */
export const STATUT_AUGMENTE_SAMPLE = {
  etatCivil: {
    civilite: 'M.',
    nom: 'DUPONT',
    nomUsage: null,
    prenom: 'JEAN',
    sexe: 'Masculin',
    dateNaissance: '1990-01-01T00:00:00+01:00',
    codeCertificationCNAV: 'VC',
  },
  modalitesContact: {
    telephone: '0636656565',
    telephone2: null,
    email: 'jean.dupont@example.fr',
    codeValiditeEmail: '…',
  },
  adresse: {
    ligneNom: 'DUPONT',
    ligneComplementDestinataire: 'APPARTEMENT 42',
    ligneComplementAdresse: null,
    ligneVoie: '42 RUE DE LA PAIX',
    ligneComplementDistribution: null,
    codePostal: '75007',
    localite: '75007 PARIS',
    inseecommune: '75107',
  },
  situationInscription: {
    dateInscription: '2020-01-01T00:00:00+01:00',
    dateCessationInscription: null,
    categorieInscription: '1',
    libellecategorieInscription: 'PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS',
  },
} as const;

/** API Particulier v3 sample, verbatim from §3. */
export const API_PARTICULIER_STATUT_SAMPLE = {
  data: {
    identifiant: '123456A',
    identite: {
      civilite: 'MME',
      nom_naissance: 'Courtet',
      nom_usage: null,
      prenom: 'Martine',
      sexe: 'Féminin',
      date_naissance: '1990-01-06',
    },
    contact: { email: 'martine.courtet@example.fr', telephone: '0601020304', telephone2: null },
    adresse: {
      code_cog_insee_commune: '31555',
      code_postal: '31400',
      ligne_complement_adresse: null,
      ligne_complement_destinataire: 'APPARTEMENT 42',
      ligne_complement_distribution: null,
      ligne_nom: 'Courtet',
      ligne_voie: '11 Rue Capus',
      localite: '31400 TOULOUSE',
    },
    inscription: {
      date_debut: '2024-01-01',
      date_fin: null,
      code_certification_cnav: 'VC',
      categorie: { code: 1, libelle: 'PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS' },
    },
  },
  links: {},
  meta: {},
} as const;

/** API Particulier: someone no longer registered — only the dates come back (§3). */
export const API_PARTICULIER_STATUT_NO_LONGER_REGISTERED_SAMPLE = {
  data: {
    identifiant: '7654321B',
    identite: null,
    contact: null,
    adresse: null,
    inscription: { date_debut: '2019-05-02', date_fin: '2023-11-30' },
  },
  links: {},
  meta: {},
} as const;

/** API Particulier error body, shape from §3. */
export const API_PARTICULIER_NOT_FOUND_SAMPLE = {
  errors: [
    {
      code: '24003',
      title: 'Dossier non trouvé',
      detail: "Aucune situation France Travail n'a été trouvée pour cet identifiant.",
      source: null,
      meta: { provider: 'France Travail' },
    },
  ],
} as const;

/** Partner token answer, shape from §1.1 (values made up). */
export const PARTNER_TOKEN_SAMPLE = {
  access_token: 'sample-opaque-access-token',
  token_type: 'Bearer',
  expires_in: 1499,
  scope: 'api_evenementsv1 evenements',
} as const;

/** OAuth error body (§1.1). */
export const OAUTH_ERROR_SAMPLE = {
  error: 'invalid_client',
  error_description: 'Client authentication failed',
} as const;

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

/**
 * Sample payloads of the status services for everyone's tests (extension, simulator): copied
 * verbatim from shared/docs/france-travail-apis.md (real documented samples) unless they say
 * otherwise.
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

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

/**
 * API Particulier: someone no longer registered, as the real sandbox answers it (identity,
 * contact and address come back too): fixtures/real/api-particulier/
 * sandbox-id-123461A-desinscrit-toulouse-2025.json, copied.
 */
export const API_PARTICULIER_STATUT_NO_LONGER_REGISTERED_SAMPLE = {
  data: {
    identifiant: '123461A',
    identite: {
      civilite: 'M.',
      nom_naissance: 'Mallette',
      nom_usage: null,
      prenom: 'Alex',
      sexe: 'Féminin',
      date_naissance: '1992-08-15',
    },
    contact: {
      email: 'alex.mallette@fake.fr',
      telephone: '0601020304',
      telephone2: null,
    },
    adresse: {
      code_cog_insee_commune: '31555',
      code_postal: '31400',
      ligne_complement_adresse: null,
      ligne_complement_destinataire: 'APPARTEMENT 42',
      ligne_complement_distribution: null,
      ligne_nom: 'Vega',
      ligne_voie: '11 Rue Capus',
      localite: '31400 TOULOUSE',
    },
    inscription: {
      date_debut: '2024-09-01',
      date_fin: '2025-09-01',
      code_certification_cnav: 'VC',
      categorie: {
        code: 1,
        libelle: 'PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS',
      },
    },
  },
  links: {},
  meta: {},
} as const;

/** API Particulier's not-found answer, as the real sandbox gives it (fixtures/real/api-particulier/sandbox-404.json). */
export const API_PARTICULIER_NOT_FOUND_SAMPLE = {
  errors: [
    {
      code: '24003',
      title: 'Entité non trouvée',
      detail: "Aucune situation France Travail n'a pu être trouvée avec les critères de recherche fournis.",
      source: null,
      meta: { provider: 'France Travail' },
    },
  ],
} as const;

/**
 * Test people. FranceConnect side: identities a tester picks on the consent page, each with
 * the "Statut augmenté" payload France Travail would return (categories 1–8). API Particulier
 * side: France Travail identifiers (categories 1–5 only): the real sandbox's people served as
 * it serves them (fixtures/real/api-particulier/), usernames with dots as the OpenAPI's examples,
 * and identifiers that trigger each documented error. As in the sandbox, people no longer
 * registered still come back with identity, contact and address.
 * Registration dates are fixed: they are history, not agenda.
 */
import type { ApiParticulierStatut } from '../../lib/status/core/wire/api-particulier';
import type { StatutAugmente } from '../../lib/status/core/wire/statut-augmente';
import { STATUT_AUGMENTE_SAMPLE } from '../../lib/status/core/wire/fixtures';
import { sandboxPeople } from './real-payloads';

/** Category labels as France Travail abbreviates them; only category 1 is documented ([?] for the others). */
export const CATEGORIE_LIBELLES: Record<number, string> = {
  1: 'PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PLEIN TPS',
  2: 'PERSONNE SANS EMPLOI DISPONIBLE DUREE INDETERMINEE PARTIEL',
  3: 'PERSONNE SANS EMPLOI DISPONIBLE DUREE DETERMINEE SAISONNIER',
  4: 'PERSONNE SANS EMPLOI NON DISPONIBLE IMMEDIATEMENT',
  5: 'PERSONNE POURVUE D UN EMPLOI A LA RECHERCHE D UN AUTRE EMPLOI',
  6: 'PERSONNE NON DISPONIBLE IMMEDIATEMENT DUREE INDETERMINEE PLEIN TPS',
  7: 'PERSONNE NON DISPONIBLE IMMEDIATEMENT DUREE INDETERMINEE PARTIEL',
  8: 'PERSONNE NON DISPONIBLE IMMEDIATEMENT DUREE DETERMINEE SAISONNIER',
};

export interface FranceConnectIdentity {
  /** Stable key: the consent page's radio value and the account id behind the access token. */
  key: string;
  /** Shown on the consent page. */
  label: string;
  description: string;
  /** OpenID claims (profile, email). */
  claims: {
    given_name: string;
    family_name: string;
    birthdate: string;
    gender: 'male' | 'female';
    email?: string;
  };
  statut: StatutAugmente;
}

interface PersonInput {
  key: string;
  civilite: 'M.' | 'MME';
  prenom: string;
  nom: string;
  nomUsage?: string;
  naissance: string;
  cnav: string | null;
  categorie: number;
  /** Category sent as a number rather than a string (both are seen). */
  categorieAsNumber?: boolean;
  /**
   * France Travail's backend spellings (fixtures/real/statut-augmente/): `INSEECommune`, and
   * the category's label in `categorieInscription`, without `libellecategorieInscription`.
   */
  backendSpellings?: boolean;
  inscription: string;
  cessation?: string;
  contact?: StatutAugmente['modalitesContact'];
  voie?: string;
  complement?: string;
  codePostal: string;
  ville: string;
  insee: string;
  description: string;
}

function offsetOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return month >= 4 && month <= 10 ? '+02:00' : '+01:00';
}
const dateTime = (date: string) => `${date}T00:00:00${offsetOf(date)}`;

function identity(p: PersonInput): FranceConnectIdentity {
  const statut: StatutAugmente = {
    etatCivil: {
      civilite: p.civilite,
      nom: p.nom.toUpperCase(),
      nomUsage: p.nomUsage?.toUpperCase() ?? null,
      prenom: p.prenom.toUpperCase(),
      sexe: p.civilite === 'M.' ? 'Masculin' : 'Féminin',
      dateNaissance: dateTime(p.naissance),
      codeCertificationCNAV: p.cnav,
    },
    adresse: {
      ligneNom: `${p.prenom} ${p.nomUsage ?? p.nom}`.toUpperCase(),
      ligneComplementDestinataire: p.complement ?? null,
      ligneComplementAdresse: null,
      ligneVoie: p.voie ?? null,
      ligneComplementDistribution: null,
      codePostal: p.codePostal,
      localite: `${p.codePostal} ${p.ville.toUpperCase()}`,
      ...(p.backendSpellings ? { INSEECommune: p.insee } : { inseecommune: p.insee }),
    },
    situationInscription: {
      dateInscription: dateTime(p.inscription),
      dateCessationInscription: p.cessation ? dateTime(p.cessation) : null,
      ...(p.backendSpellings
        ? { categorieInscription: CATEGORIE_LIBELLES[p.categorie] ?? '' }
        : {
            categorieInscription: p.categorieAsNumber ? p.categorie : String(p.categorie),
            libellecategorieInscription: CATEGORIE_LIBELLES[p.categorie] ?? '',
          }),
    },
  };
  if (p.contact !== undefined) statut.modalitesContact = p.contact;
  return {
    key: p.key,
    label: `${p.prenom} ${p.nomUsage ?? p.nom}`,
    description: p.description,
    claims: {
      given_name: p.prenom,
      family_name: p.nom,
      birthdate: p.naissance,
      gender: p.civilite === 'M.' ? 'male' : 'female',
      ...(p.contact?.email ? { email: p.contact.email } : {}),
    },
    statut,
  };
}

export const FRANCECONNECT_IDENTITIES: FranceConnectIdentity[] = [
  {
    key: 'jean-dupont',
    label: 'Jean Dupont',
    description: 'Inscrit, catégorie 1, identité certifiée (VC) — l’exemple de la documentation.',
    claims: {
      given_name: 'Jean',
      family_name: 'Dupont',
      birthdate: '1990-01-01',
      gender: 'male',
      email: 'jean.dupont@example.fr',
    },
    statut: structuredClone(STATUT_AUGMENTE_SAMPLE) as unknown as StatutAugmente,
  },
  identity({
    key: 'eloise-lefevre-nguyen',
    civilite: 'MME',
    prenom: 'Éloïse',
    nom: 'Lefèvre-Nguyễn',
    naissance: '1987-06-14',
    cnav: 'IC',
    categorie: 2,
    inscription: '2024-09-02',
    codePostal: '69007',
    ville: 'Lyon',
    insee: '69387',
    voie: '12 RUE DE MARSEILLE',
    contact: {
      telephone: '0611223344',
      telephone2: '0478000000',
      email: 'eloise.lefevre@example.fr',
      codeValiditeEmail: 'V',
    },
    description: 'Inscrite, catégorie 2, identité certifiée (IC), nom accentué et composé.',
  }),
  identity({
    key: 'karim-benali',
    civilite: 'M.',
    prenom: 'Karim',
    nom: 'Benali',
    naissance: '1979-11-30',
    cnav: 'PC',
    categorie: 3,
    categorieAsNumber: true,
    inscription: '2025-02-17',
    codePostal: '13003',
    ville: 'Marseille',
    insee: '13203',
    voie: '5 BOULEVARD NATIONAL',
    complement: 'BATIMENT B',
    contact: { telephone: '0699887766', email: 'karim.benali@example.fr' },
    description: 'Inscrit, catégorie 3 (transmise en nombre), identité certifiée (PC).',
  }),
  identity({
    key: 'marie-claire-dubois-saint-andre',
    civilite: 'MME',
    prenom: 'Marie-Claire',
    nom: 'Dubois',
    nomUsage: 'Saint-André',
    naissance: '1968-03-08',
    cnav: 'AC',
    categorie: 4,
    inscription: '2023-05-11',
    codePostal: '29200',
    ville: 'Brest',
    insee: '29019',
    voie: '3 RUE DE SIAM',
    description:
      'Inscrite, catégorie 4, identité NON certifiée (AC), nom d’usage, sans coordonnées de contact.',
  }),
  identity({
    key: 'theo-martin',
    civilite: 'M.',
    prenom: 'Théo',
    nom: 'Martin',
    naissance: '2003-09-21',
    cnav: 'DC',
    categorie: 5,
    inscription: '2025-06-30',
    codePostal: '59000',
    ville: 'Lille',
    insee: '59350',
    voie: '18 RUE NATIONALE',
    contact: { email: 'theo.martin@example.fr', telephone: null, telephone2: null, codeValiditeEmail: null },
    description: 'Inscrit, catégorie 5 (en emploi), identité NON certifiée (DC), e-mail seul.',
  }),
  identity({
    key: 'fatou-diallo',
    civilite: 'MME',
    prenom: 'Fatou',
    nom: 'Diallo',
    naissance: '1995-01-02',
    cnav: 'EC',
    categorie: 6,
    inscription: '2022-10-03',
    codePostal: '93200',
    ville: 'Saint-Denis',
    insee: '93066',
    contact: { telephone: '0755443322' },
    description:
      'Inscrite, catégorie 6, identité NON certifiée (EC), adresse réduite au minimum (pas de voie).',
  }),
  identity({
    key: 'lucas-hoarau',
    civilite: 'M.',
    prenom: 'Lucas',
    nom: 'Hoarau',
    naissance: '1991-12-24',
    cnav: 'RC',
    categorie: 7,
    inscription: '2024-01-15',
    codePostal: '97400',
    ville: 'Saint-Denis',
    insee: '97411',
    voie: '7 RUE DE PARIS',
    contact: { telephone: '0692112233', email: 'lucas.hoarau@example.re' },
    description: 'Inscrit à La Réunion, catégorie 7, identité NON certifiée (RC).',
  }),
  identity({
    key: 'chloe-bernard',
    civilite: 'MME',
    prenom: 'Chloé',
    nom: 'Bernard',
    naissance: '1999-07-07',
    cnav: null,
    categorie: 8,
    inscription: '2025-04-01',
    codePostal: '20000',
    ville: 'Ajaccio',
    insee: '2A004',
    voie: '2 COURS NAPOLEON',
    contact: { email: 'chloe.bernard@example.fr' },
    description: 'Inscrite en Corse, catégorie 8, sans code de certification CNAV (null).',
  }),
  identity({
    key: 'nadia-perrin',
    civilite: 'MME',
    prenom: 'Nadia',
    nom: 'Perrin',
    naissance: '1983-02-11',
    cnav: 'VC',
    categorie: 4,
    backendSpellings: true,
    inscription: '2025-05-19',
    codePostal: '54000',
    ville: 'Nancy',
    insee: '54395',
    voie: '10 PLACE STANISLAS',
    contact: { telephone: '0383000000', email: 'nadia.perrin@example.fr' },
    description:
      'Inscrite, variante du service : « INSEECommune » et le libellé de la catégorie à la place du code (catégorie inconnue).',
  }),
  identity({
    key: 'andre-leroy',
    civilite: 'M.',
    prenom: 'André',
    nom: 'Leroy',
    naissance: '1961-04-18',
    cnav: 'VC',
    categorie: 1,
    inscription: '2019-03-04',
    cessation: '2024-12-31',
    codePostal: '31000',
    ville: 'Toulouse',
    insee: '31555',
    voie: '1 PLACE DU CAPITOLE',
    contact: { telephone: '0561000000', email: 'andre.leroy@example.fr' },
    description: 'Plus inscrit depuis le 31/12/2024 (date de cessation renseignée), identité certifiée (VC).',
  }),
];

export function findIdentity(key: string): FranceConnectIdentity | undefined {
  return FRANCECONNECT_IDENTITIES.find((i) => i.key === key);
}

// ---------------------------------------------------------------- API Particulier

export interface ApiParticulierPerson {
  identifiant: string;
  description: string;
  payload: ApiParticulierStatut;
}

interface ApInput {
  identifiant: string;
  civilite: 'M.' | 'MME';
  prenom: string;
  nom: string;
  nomUsage?: string;
  naissance: string;
  cnav: string | null;
  categorie: 1 | 2 | 3 | 4 | 5;
  debut: string;
  /** End of registration: no longer registered. */
  fin?: string;
  contact?: { email: string | null; telephone: string | null; telephone2: string | null };
  voie: string | null;
  codePostal: string;
  ville: string;
  insee: string;
  description: string;
}

function apPerson(p: ApInput): ApiParticulierPerson {
  return {
    identifiant: p.identifiant,
    description: p.description,
    payload: {
      data: {
        identifiant: p.identifiant,
        identite: {
          civilite: p.civilite,
          nom_naissance: p.nom,
          nom_usage: p.nomUsage ?? null,
          prenom: p.prenom,
          sexe: p.civilite === 'M.' ? 'Masculin' : 'Féminin',
          date_naissance: p.naissance,
        },
        // The block is always there with the scope; a person without coordinates has null fields.
        contact: p.contact ?? { email: null, telephone: null, telephone2: null },
        adresse: {
          code_cog_insee_commune: p.insee,
          code_postal: p.codePostal,
          ligne_complement_adresse: null,
          ligne_complement_destinataire: null,
          ligne_complement_distribution: null,
          ligne_nom: `${p.prenom} ${p.nomUsage ?? p.nom}`,
          ligne_voie: p.voie,
          localite: `${p.codePostal} ${p.ville.toUpperCase()}`,
        },
        inscription: {
          date_debut: p.debut,
          date_fin: p.fin ?? null,
          code_certification_cnav: p.cnav,
          categorie: { code: p.categorie, libelle: CATEGORIE_LIBELLES[p.categorie] ?? '' },
        },
      },
      links: {},
      meta: {},
    },
  };
}

const SANDBOX_DESCRIPTIONS: Record<string, string> = {
  default: 'Identifiant du bac à sable réel : Jean Dupont, inscrit, catégorie 1, VC.',
  '123461A': 'Bac à sable réel : plus inscrit (fin le 01/09/2025), identité, contact et adresse présents.',
  '123462A': 'Bac à sable réel : plus inscrit (fin le 01/09/2025), identité, contact et adresse présents.',
};

/** The real sandbox's people, byte for byte what staging.particulier.api.gouv.fr answers. */
const SANDBOX: ApiParticulierPerson[] = sandboxPeople().map((p) => ({
  identifiant: p.identifiant,
  description:
    SANDBOX_DESCRIPTIONS[p.identifiant] ??
    `Bac à sable réel : ${p.payload.data.identite?.prenom ?? ''} ${p.payload.data.identite?.nom_naissance ?? ''}, inscrit(e), catégorie ${String(p.payload.data.inscription?.categorie?.code ?? '?')}.`,
  payload: p.payload,
}));

export const API_PARTICULIER_PEOPLE: ApiParticulierPerson[] = [
  ...SANDBOX,
  // The OpenAPI's own identifier examples: usernames the person chose, with a dot.
  apPerson({
    identifiant: 'jean.dupont33',
    civilite: 'M.',
    prenom: 'Jean',
    nom: 'Dupont',
    naissance: '1984-10-02',
    cnav: 'VC',
    categorie: 2,
    debut: '2025-01-06',
    contact: { email: 'jean.dupont33@example.fr', telephone: '0556000000', telephone2: null },
    voie: '3 Cours de l’Intendance',
    codePostal: '33000',
    ville: 'Bordeaux',
    insee: '33063',
    description: 'Identifiant avec un point (exemple de l’OpenAPI) : inscrit, catégorie 2, VC.',
  }),
  apPerson({
    identifiant: 'martin.jacques',
    civilite: 'M.',
    prenom: 'JACQUES',
    nom: 'MARTIN',
    naissance: '1995-02-02',
    cnav: 'VC',
    categorie: 1,
    debut: '2021-01-07',
    fin: '2023-03-12',
    contact: { email: 'martin.jacques@france.fr', telephone: '0636676767', telephone2: '1122334455' },
    voie: '21 RUE DES MARMOTS',
    codePostal: '75001',
    ville: 'Paris',
    insee: '75101',
    description:
      'Identifiant avec un point, valeurs d’exemple de l’OpenAPI : plus inscrit depuis le 12/03/2023, identité présente.',
  }),
  apPerson({
    identifiant: '1234567A',
    civilite: 'MME',
    prenom: 'Éloïse',
    nom: 'Lefèvre-Nguyễn',
    naissance: '1987-06-14',
    cnav: 'VC',
    categorie: 1,
    debut: '2024-09-02',
    contact: { email: 'eloise.lefevre@example.fr', telephone: '0611223344', telephone2: null },
    voie: '12 Rue de Marseille',
    codePostal: '69007',
    ville: 'Lyon',
    insee: '69387',
    description: 'Inscrite, catégorie 1, identité certifiée (VC), nom accentué et composé.',
  }),
  apPerson({
    identifiant: '2345678B',
    civilite: 'M.',
    prenom: 'Karim',
    nom: 'Benali',
    naissance: '1979-11-30',
    cnav: 'IC',
    categorie: 2,
    debut: '2025-02-17',
    voie: '5 Boulevard National',
    codePostal: '13003',
    ville: 'Marseille',
    insee: '13203',
    description:
      'Inscrit, catégorie 2, identité certifiée (IC), sans coordonnées de contact (champs à null).',
  }),
  apPerson({
    identifiant: '3456789C',
    civilite: 'MME',
    prenom: 'Marie-Claire',
    nom: 'Dubois',
    nomUsage: 'Saint-André',
    naissance: '1968-03-08',
    cnav: 'AC',
    categorie: 3,
    debut: '2023-05-11',
    contact: { email: null, telephone: '0298000000', telephone2: null },
    voie: '3 Rue de Siam',
    codePostal: '29200',
    ville: 'Brest',
    insee: '29019',
    description: 'Inscrite, catégorie 3, identité NON certifiée (AC), nom d’usage.',
  }),
  apPerson({
    identifiant: '4567890D',
    civilite: 'M.',
    prenom: 'Théo',
    nom: 'Martin',
    naissance: '2003-09-21',
    cnav: null,
    categorie: 4,
    debut: '2025-06-30',
    contact: { email: 'theo.martin@example.fr', telephone: null, telephone2: null },
    voie: null,
    codePostal: '59000',
    ville: 'Lille',
    insee: '59350',
    description: 'Inscrit, catégorie 4, sans code de certification CNAV (null), sans ligne de voie.',
  }),
  apPerson({
    identifiant: '5678901E',
    civilite: 'MME',
    prenom: 'Chloé',
    nom: 'Bernard',
    naissance: '1999-07-07',
    cnav: 'PC',
    categorie: 5,
    debut: '2025-04-01',
    contact: { email: 'chloe.bernard@example.fr', telephone: '0600000000', telephone2: '0495000000' },
    voie: '2 Cours Napoléon',
    codePostal: '20000',
    ville: 'Ajaccio',
    insee: '2A004',
    description: 'Inscrite en Corse, catégorie 5 (en emploi), identité certifiée (PC).',
  }),
  apPerson({
    identifiant: '6789012F',
    civilite: 'M.',
    prenom: 'Lucas',
    nom: 'Hoarau',
    naissance: '1991-12-24',
    cnav: 'DC',
    categorie: 1,
    debut: '2024-01-15',
    contact: { email: 'lucas.hoarau@example.re', telephone: '0692112233', telephone2: null },
    voie: '7 Rue de Paris',
    codePostal: '97400',
    ville: 'Saint-Denis',
    insee: '97411',
    description: 'Inscrit à La Réunion, catégorie 1, identité NON certifiée (DC).',
  }),
  apPerson({
    identifiant: '7654321B',
    civilite: 'M.',
    prenom: 'Yannick',
    nom: 'Le Goff',
    naissance: '1972-05-19',
    cnav: 'VC',
    categorie: 1,
    debut: '2019-05-02',
    fin: '2023-11-30',
    contact: { email: 'yannick.legoff@example.fr', telephone: '0240000000', telephone2: null },
    voie: '8 Quai de la Fosse',
    codePostal: '44000',
    ville: 'Nantes',
    insee: '44109',
    description:
      'Plus inscrit depuis le 30/11/2023 : identité, contact et adresse reviennent (comme au bac à sable).',
  }),
  apPerson({
    identifiant: '8765432C',
    civilite: 'MME',
    prenom: 'Inès',
    nom: 'Moreau',
    naissance: '1990-08-27',
    cnav: 'IC',
    categorie: 3,
    debut: '2021-01-04',
    fin: '2024-06-15',
    contact: { email: null, telephone: '0299000000', telephone2: null },
    voie: '4 Rue Le Bastard',
    codePostal: '35000',
    ville: 'Rennes',
    insee: '35238',
    description: 'Plus inscrite depuis le 15/06/2024 : identité, contact et adresse reviennent.',
  }),
];

/** Identifiers that make the simulated API Particulier answer with a documented error. */
export const API_PARTICULIER_ERROR_IDENTIFIERS = {
  not_found: { status: 404, code: '24003' },
  '9999999Z': { status: 404, code: '24003' },
  '9000409A': { status: 409, code: '00015' },
  '9000429A': { status: 429, code: '00429' },
  '9000502A': { status: 502, code: '24999' },
  '9000503A': { status: 503, code: '24001' },
  '9000503B': { status: 503, code: '24002' },
  '9000503C': { status: 503, code: '24004' },
  '9000503D': { status: 503, code: '00501' },
  '9000504A': { status: 504, code: '24004' },
} as const satisfies Record<string, { status: number; code: string }>;

export function findApiParticulierPerson(identifiant: string): ApiParticulierPerson | undefined {
  return API_PARTICULIER_PEOPLE.find((p) => p.identifiant === identifiant);
}

import { SIMULATOR_DEFAULT_URL } from '../../settings/core/constants';
import type { SettingKey } from '../../settings/core/settings';
import type { ServiceName } from '../../settings/connection';

/** Strings of the options page. */
const fr = {
  title: 'Paramètres de Guichet Emploi',
  intro:
    'Connexion aux services de France Travail, territoire et règles de vérification. Les paramètres fixés par votre organisation s’affichent en lecture seule.',
  loading: 'Chargement des paramètres…',
  loadFailed: 'Les paramètres n’ont pas pu être lus.',
  sections: {
    connection: 'Connexion aux services',
    territory: 'Territoire',
    verification: 'Vérification du statut',
    language: 'Langue',
  },
  labels: {
    environment: 'Environnement',
    simulatorUrl: 'Adresse du simulateur local',
    eventsApiUrl: 'Adresse de l’API Évènements',
    partnerTokenUrl: 'Adresse du jeton partenaire France Travail',
    franceConnectIssuer: 'Émetteur FranceConnect',
    statusApiUrl: 'Adresse de l’API Statut augmenté',
    apiParticulierUrl: 'Adresse de l’API Particulier',
    gatewayUrl: 'Adresse de la passerelle de votre organisation',
    partnerClientId: 'Identifiant client France Travail',
    franceConnectClientId: 'Identifiant client FranceConnect',
    recipientSiret: 'SIRET de votre organisme',
    verificationModes: 'Modes de vérification proposés',
    statusFields: 'Rubriques visibles du résultat',
    motifs: 'Motifs proposés',
    agentName: 'Votre nom dans le journal',
    departements: 'Départements',
    journalRetentionDays: 'Conservation du journal (jours)',
    resultClearMinutes: 'Effacement du résultat après inactivité (minutes)',
    language: 'Langue de l’interface',
  } satisfies Record<SettingKey, string>,
  hints: {
    simulatorUrl: `Par exemple ${SIMULATOR_DEFAULT_URL}.`,
    endpoint: (preset: string) => `Laisser vide pour utiliser l’adresse prévue : ${preset}`,
    recipientSiret: '14 chiffres, espaces acceptés.',
    motifs: 'Un motif par ligne. Laisser vide pour revenir aux motifs proposés par défaut.',
    agentName: 'Inscrit dans chaque ligne du journal. Laisser vide si votre organisation ne le demande pas.',
    journalRetentionDays: 'De 1 à 3 650 jours ; 180 par défaut.',
    resultClearMinutes: 'De 1 à 120 minutes ; 5 par défaut.',
  },
  environments: {
    simulator: 'Simulateur local',
    sandbox: 'Bac à sable (plateformes d’intégration)',
    production: 'Production',
  },
  environmentHints: {
    simulator: 'Démonstration et formation : aucune donnée réelle, identifiants de démonstration fournis.',
    sandbox: 'Essais avec les plateformes d’intégration de FranceConnect et d’API Particulier.',
    production: 'Services réels : identifiants fournis par votre organisation.',
  },
  services: {
    events: 'Salons et évènements (France Travail)',
    franceconnect: 'Vérification avec FranceConnect (personne présente)',
    'api-particulier': 'Vérification par identifiant France Travail (API Particulier)',
  } satisfies Record<ServiceName, string>,
  modes: {
    franceconnect: 'Avec FranceConnect, la personne présente',
    identifiant: 'Par identifiant France Travail',
  },
  fields: {
    identite: 'Identité',
    contact: 'Coordonnées',
    adresse: 'Adresse',
    inscription: 'Inscription (catégorie et dates)',
  },
  languages: { fr: 'Français', en: 'English' },
  policyLocked: 'Défini par votre organisation',
  connectionLocked:
    'Votre organisation a fixé la connexion aux services : ces paramètres ne peuvent pas être modifiés ici.',
  territory: {
    intro:
      'Les évènements chargés sont ceux de ces départements, avec les salons en ligne. Aucun département : toute la France.',
    search: 'Ajouter un département (nom ou code)',
    searchHint: 'Par exemple « 63 », « 2A » ou « Puy-de-Dôme ».',
    results: (count: number) =>
      count === 0
        ? 'Aucun département ne correspond.'
        : count === 1
          ? '1 département correspond.'
          : `${count} départements correspondent.`,
    add: (name: string) => `Ajouter ${name}`,
    remove: (name: string) => `Retirer ${name}`,
    removeShort: 'Retirer',
    selected: 'Départements choisis',
    none: 'Aucun département choisi : toute la France.',
    added: (name: string) => `${name} ajouté.`,
    removed: (name: string) => `${name} retiré.`,
  },
  test: {
    button: 'Tester la connexion',
    running: 'Test en cours…',
    savedOnly: 'Le test utilise les paramètres enregistrés.',
    unsaved: 'Enregistrez vos modifications avant de tester.',
    allOk: 'La connexion fonctionne.',
    someFailed: 'La connexion ne fonctionne pas entièrement :',
    stepOk: 'réussi',
    stepLine: (step: string, outcome: string) => `${step} : ${outcome}`,
    stepFailed: (message: string) => `échec. ${message}`,
    steps: {
      token: 'Obtention d’un jeton d’accès',
      search: 'Recherche d’évènements',
      discovery: 'Lecture de la configuration FranceConnect',
      jwks: 'Lecture des clés de signature FranceConnect',
      client: 'Identifiants client FranceConnect',
      recipient: 'SIRET de l’organisme destinataire',
    } as Record<string, string>,
    unknownStep: (step: string) => `Étape « ${step} »`,
    failed: 'Le test n’a pas pu être lancé.',
  },
  hostAccess: {
    title: 'Accès aux adresses personnalisées',
    intro:
      'Le navigateur doit autoriser l’extension à joindre ces adresses, qui ne font pas partie des services prévus :',
    grant: (origin: string) => `Autoriser ${origin}`,
    granted: (origin: string) => `Accès à ${origin} autorisé.`,
    denied: (origin: string) => `Accès à ${origin} refusé : l’extension ne pourra pas joindre cette adresse.`,
  },
  warnings: {
    title: 'Paramètres ignorés',
    invalidPolicy: (key: string, label: string) =>
      `La valeur de « ${label} » (${key}) fixée par votre organisation est invalide : elle est ignorée. Signalez-le à votre service informatique.`,
    unknownPolicy: (key: string) =>
      `Votre organisation a défini un paramètre inconnu, « ${key} » : il est ignoré. Signalez-le à votre service informatique.`,
    invalidUser: (key: string, label: string) =>
      `La valeur enregistrée de « ${label} » (${key}) est invalide : la valeur par défaut s’applique.`,
    secretOnGateway: (key: string) =>
      `Le paramètre « ${key} » est un secret : l’extension ne le conserve plus, il est ignoré. Ce secret appartient à la passerelle de votre organisation (sa configuration côté serveur) ; retirez-le de la stratégie de groupe.`,
    environmentMissing:
      'Votre organisation configure la connexion sans environnement valide (« environment ») : l’extension se connecte à la passerelle (production), jamais au simulateur local. Signalez-le à votre service informatique.',
  },
  errors: {
    url: 'Saisissez une adresse complète commençant par https:// (http:// seulement pour 127.0.0.1 ou localhost), sans identifiant ni « # ».',
    simulatorUrl: `Saisissez une adresse complète commençant par http:// ou https://, par exemple ${SIMULATOR_DEFAULT_URL}.`,
    secret: 'Saisissez une valeur de 4 096 caractères au plus.',
    recipientSiret:
      'Le SIRET doit compter 14 chiffres et sa clé de contrôle doit être juste : vérifiez la saisie.',
    verificationModes: 'Choisissez au moins un mode de vérification.',
    statusFields: 'Choisissez au moins une rubrique visible.',
    motifs: 'Saisissez de 1 à 50 motifs de 120 caractères au plus, un par ligne.',
    agentName: 'Saisissez 120 caractères au plus.',
    departements: 'Un des départements choisis est inconnu.',
    journalRetentionDays: 'Saisissez un nombre entier de jours entre 1 et 3 650.',
    resultClearMinutes: 'Saisissez un nombre entier de minutes entre 1 et 120.',
    choice: 'Choisissez une des valeurs proposées.',
  },
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Paramètres enregistrés.',
  nothingToSave: 'Aucune modification à enregistrer.',
  summaryTitle: (count: number) =>
    count === 1 ? 'Un champ est à corriger :' : `${count} champs sont à corriger :`,
  saveRefused: 'L’enregistrement a échoué.',
  summaryItem: (label: string, message: string) => `${label} : ${message}`,
  permissionDenied: (origin: string) =>
    `Le navigateur n’a pas autorisé l’accès à ${origin} : les paramètres n’ont pas été enregistrés. Enregistrez de nouveau et acceptez la demande d’autorisation.`,
};

export type SettingsMessages = typeof fr;

const en: SettingsMessages = {
  title: 'Guichet Emploi settings',
  intro:
    'Connection to France Travail’s services, territory and check rules. Settings fixed by your organisation are shown read-only.',
  loading: 'Loading settings…',
  loadFailed: 'The settings could not be read.',
  sections: {
    connection: 'Connection to the services',
    territory: 'Territory',
    verification: 'Status checks',
    language: 'Language',
  },
  labels: {
    environment: 'Environment',
    simulatorUrl: 'Local simulator address',
    eventsApiUrl: 'Events API address',
    partnerTokenUrl: 'France Travail partner token address',
    franceConnectIssuer: 'FranceConnect issuer',
    statusApiUrl: '“Statut augmenté” API address',
    apiParticulierUrl: 'API Particulier address',
    gatewayUrl: 'Your organisation’s gateway address',
    partnerClientId: 'France Travail client id',
    franceConnectClientId: 'FranceConnect client id',
    recipientSiret: 'Your organisation’s SIRET',
    verificationModes: 'Check modes offered',
    statusFields: 'Result sections shown',
    motifs: 'Purposes offered',
    agentName: 'Your name in the log',
    departements: 'Départements',
    journalRetentionDays: 'Log retention (days)',
    resultClearMinutes: 'Clear the result after inactivity (minutes)',
    language: 'Interface language',
  },
  hints: {
    simulatorUrl: `For example ${SIMULATOR_DEFAULT_URL}.`,
    endpoint: (preset: string) => `Leave empty to use the planned address: ${preset}`,
    recipientSiret: '14 digits, spaces allowed.',
    motifs: 'One purpose per line. Leave empty to go back to the default purposes.',
    agentName: 'Written on every line of the log. Leave empty if your organisation does not ask for it.',
    journalRetentionDays: 'From 1 to 3,650 days; 180 by default.',
    resultClearMinutes: 'From 1 to 120 minutes; 5 by default.',
  },
  environments: {
    simulator: 'Local simulator',
    sandbox: 'Sandbox (integration platforms)',
    production: 'Production',
  },
  environmentHints: {
    simulator: 'Demonstration and training: no real data, demonstration credentials included.',
    sandbox: 'Trials with FranceConnect’s and API Particulier’s integration platforms.',
    production: 'Real services: credentials provided by your organisation.',
  },
  services: {
    events: 'Job fairs and events (France Travail)',
    franceconnect: 'Check with FranceConnect (person present)',
    'api-particulier': 'Check by France Travail identifier (API Particulier)',
  },
  modes: {
    franceconnect: 'With FranceConnect, the person present',
    identifiant: 'By France Travail identifier',
  },
  fields: {
    identite: 'Identity',
    contact: 'Contact details',
    adresse: 'Address',
    inscription: 'Registration (category and dates)',
  },
  languages: { fr: 'Français', en: 'English' },
  policyLocked: 'Set by your organisation',
  connectionLocked:
    'Your organisation has set the connection to the services: these settings cannot be changed here.',
  territory: {
    intro: 'Events are loaded for these départements, with the online fairs. No département: all of France.',
    search: 'Add a département (name or code)',
    searchHint: 'For example “63”, “2A” or “Puy-de-Dôme”.',
    results: (count: number) =>
      count === 0
        ? 'No département matches.'
        : count === 1
          ? '1 département matches.'
          : `${count} départements match.`,
    add: (name: string) => `Add ${name}`,
    remove: (name: string) => `Remove ${name}`,
    removeShort: 'Remove',
    selected: 'Chosen départements',
    none: 'No département chosen: all of France.',
    added: (name: string) => `${name} added.`,
    removed: (name: string) => `${name} removed.`,
  },
  test: {
    button: 'Test the connection',
    running: 'Testing…',
    savedOnly: 'The test uses the saved settings.',
    unsaved: 'Save your changes before testing.',
    allOk: 'The connection works.',
    someFailed: 'The connection does not fully work:',
    stepOk: 'succeeded',
    stepLine: (step: string, outcome: string) => `${step}: ${outcome}`,
    stepFailed: (message: string) => `failed. ${message}`,
    steps: {
      token: 'Getting an access token',
      search: 'Searching events',
      discovery: 'Reading FranceConnect’s configuration',
      jwks: 'Reading FranceConnect’s signing keys',
      client: 'FranceConnect client credentials',
      recipient: 'Recipient organisation’s SIRET',
    },
    unknownStep: (step: string) => `Step “${step}”`,
    failed: 'The test could not be started.',
  },
  hostAccess: {
    title: 'Access to custom addresses',
    intro:
      'The browser must allow the extension to reach these addresses, which are not among the planned services:',
    grant: (origin: string) => `Allow ${origin}`,
    granted: (origin: string) => `Access to ${origin} allowed.`,
    denied: (origin: string) =>
      `Access to ${origin} refused: the extension will not be able to reach this address.`,
  },
  warnings: {
    title: 'Ignored settings',
    invalidPolicy: (key: string, label: string) =>
      `The value of “${label}” (${key}) set by your organisation is invalid: it is ignored. Report it to your IT department.`,
    unknownPolicy: (key: string) =>
      `Your organisation set an unknown setting, “${key}”: it is ignored. Report it to your IT department.`,
    invalidUser: (key: string, label: string) =>
      `The saved value of “${label}” (${key}) is invalid: the default value applies.`,
    secretOnGateway: (key: string) =>
      `The setting “${key}” is a secret: the extension no longer keeps it, it is ignored. This secret belongs on your organisation’s gateway (its server-side configuration); remove it from the policy.`,
    environmentMissing:
      'Your organisation configures the connection without a valid environment (“environment”): the extension connects to the gateway (production), never to the local simulator. Report it to your IT department.',
  },
  errors: {
    url: 'Enter a full address starting with https:// (http:// only for 127.0.0.1 or localhost), without user name or “#”.',
    simulatorUrl: `Enter a full address starting with http:// or https://, for example ${SIMULATOR_DEFAULT_URL}.`,
    secret: 'Enter at most 4,096 characters.',
    recipientSiret: 'A SIRET has 14 digits and a valid check key: check what you typed.',
    verificationModes: 'Choose at least one check mode.',
    statusFields: 'Choose at least one visible section.',
    motifs: 'Enter 1 to 50 purposes of at most 120 characters, one per line.',
    agentName: 'Enter at most 120 characters.',
    departements: 'One of the chosen départements is unknown.',
    journalRetentionDays: 'Enter a whole number of days between 1 and 3,650.',
    resultClearMinutes: 'Enter a whole number of minutes between 1 and 120.',
    choice: 'Choose one of the values offered.',
  },
  save: 'Save',
  saving: 'Saving…',
  saved: 'Settings saved.',
  nothingToSave: 'No change to save.',
  summaryTitle: (count: number) => (count === 1 ? 'One field needs fixing:' : `${count} fields need fixing:`),
  saveRefused: 'Saving failed.',
  summaryItem: (label: string, message: string) => `${label}: ${message}`,
  permissionDenied: (origin: string) =>
    `The browser did not allow access to ${origin}: the settings were not saved. Save again and accept the permission request.`,
};

export default { fr, en };

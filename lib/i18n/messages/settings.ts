import { SIMULATOR_DEFAULT_URL } from '../../settings/core/constants';
import type { SettingKey } from '../../settings/core/settings';
import type { ServiceName } from '../../settings/connection';

/** Strings of the options page. */
const fr = {
  title: 'Paramètres de Guichet Emploi',
  intro:
    'Les réglages de votre organisation s’affichent en lecture seule ; vous choisissez ici votre langue et, si votre organisation le permet, votre territoire.',
  loading: 'Chargement des paramètres…',
  loadFailed: 'Les paramètres n’ont pas pu être lus.',
  sections: {
    connection: 'Connexion de l’extension',
    territory: 'Votre territoire',
    language: 'Langue',
  },
  labels: {
    environment: 'Environnement',
    simulatorUrl: 'Adresse du simulateur local',
    gatewayUrl: 'Adresse de la passerelle de votre organisation',
    verificationModes: 'Modes de vérification proposés',
    statusFields: 'Rubriques visibles du résultat',
    motifs: 'Motifs proposés',
    agentName: 'Votre nom dans le journal',
    departements: 'Départements',
    journalRetentionDays: 'Conservation du journal (jours)',
    resultClearMinutes: 'Effacement du résultat après inactivité (minutes)',
    language: 'Langue de l’interface',
  } satisfies Record<SettingKey, string>,
  organisation: {
    title: 'Réglages de votre organisation',
    intro:
      'Ces réglages sont fixés par la passerelle de votre organisation : ils ne se modifient pas ici. Pour en changer, adressez-vous à votre référent Guichet Emploi ou au service informatique qui administre la passerelle.',
    introDirect:
      'Mode simulateur local : l’extension joint directement le simulateur de ce poste, sans passerelle ni organisation. Voici les réglages qui s’appliquent, ceux de l’extension (sa stratégie de groupe ou ses valeurs par défaut).',
    loading: 'Chargement des réglages de votre organisation…',
    signedOut: (button: string) =>
      `Vous n’êtes pas connecté : les réglages de votre organisation s’affichent une fois connecté. Utilisez le bouton « ${button} » en haut de cette page.`,
    notConfigured:
      'Aucune passerelle n’est configurée pour ce poste : les réglages de votre organisation ne peuvent pas être lus. Demandez à votre service informatique de définir l’adresse de la passerelle (paramètre « gatewayUrl » de la stratégie de groupe).',
    failed: 'Les réglages de votre organisation n’ont pas pu être lus.',
    retry: 'Réessayer',
    terms: {
      organisation: 'Organisation',
      role: 'Votre rôle',
      verificationModes: 'Modes de vérification proposés',
      motifs: 'Motifs proposés',
      visibleResultFields: 'Rubriques visibles du résultat',
      defaultTerritory: 'Territoire par défaut',
      territoryChoice: 'Choix du territoire par l’agent',
      retention: 'Conservation du journal',
      agentName: 'Nom inscrit dans le journal local',
    },
    roles: { agent: 'Agent', referent: 'Référent', dpo: 'Délégué à la protection des données (DPO)' },
    territoryAllowed: 'Permis : vous pouvez choisir le vôtre ci-dessous.',
    territoryFixed: 'Non : le territoire est celui de votre organisation.',
    allFrance: 'Toute la France',
    days: (count: number) => (count === 1 ? '1 jour' : `${count.toLocaleString('fr-FR')} jours`),
    noOrganisation: 'Aucune (simulateur local)',
    noAgentName: 'Aucun',
    fromPolicy: 'Ces valeurs viennent de la stratégie de groupe de ce poste.',
    fromDefaults: 'Ces valeurs sont celles prévues par défaut.',
  },
  connection: {
    intro:
      'Où l’extension se connecte. Ces paramètres sont définis par la stratégie de groupe de votre organisation (à défaut : le simulateur local de démonstration).',
    notSet: 'Non définie',
    minutes: (count: number) => (count === 1 ? '1 minute' : `${count} minutes`),
  },
  territoryFixed:
    'Votre organisation fixe le territoire : ce sont les évènements de ces départements qui sont chargés.',
  environments: {
    simulator: 'Simulateur local',
    sandbox: 'Bac à sable (plateformes d’intégration)',
    production: 'Production',
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
      gateway: 'Votre session à la passerelle de l’organisation',
      organisation: 'Lecture des réglages de l’organisation',
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
    connectionKeyRetired: (key: string) =>
      `Le paramètre « ${key} » (adresse ou identifiant d’un service) n’existe plus : il est ignoré. L’extension passe par la passerelle de votre organisation, qui détient ces valeurs ; retirez-le de la stratégie de groupe.`,
    environmentMissing:
      'Votre organisation configure la connexion sans environnement valide (« environment ») : l’extension se connecte à la passerelle (production), jamais au simulateur local. Signalez-le à votre service informatique.',
  },
  errors: {
    url: 'Saisissez une adresse complète commençant par https:// (http:// seulement pour 127.0.0.1 ou localhost), sans identifiant ni « # ».',
    simulatorUrl: `Saisissez une adresse complète commençant par http:// ou https://, par exemple ${SIMULATOR_DEFAULT_URL}.`,
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
};

export type SettingsMessages = typeof fr;

const en: SettingsMessages = {
  title: 'Guichet Emploi settings',
  intro:
    'Your organisation’s settings are shown read-only; here you choose your language and, if your organisation allows it, your territory.',
  loading: 'Loading settings…',
  loadFailed: 'The settings could not be read.',
  sections: {
    connection: 'The extension’s connection',
    territory: 'Your territory',
    language: 'Language',
  },
  labels: {
    environment: 'Environment',
    simulatorUrl: 'Local simulator address',
    gatewayUrl: 'Your organisation’s gateway address',
    verificationModes: 'Check modes offered',
    statusFields: 'Result sections shown',
    motifs: 'Purposes offered',
    agentName: 'Your name in the log',
    departements: 'Départements',
    journalRetentionDays: 'Log retention (days)',
    resultClearMinutes: 'Clear the result after inactivity (minutes)',
    language: 'Interface language',
  },
  organisation: {
    title: 'Your organisation’s settings',
    intro:
      'These settings are set by your organisation’s gateway: they cannot be changed here. To change them, ask your Guichet Emploi référent or the IT department that runs the gateway.',
    introDirect:
      'Local simulator mode: the extension reaches this computer’s simulator directly, without a gateway or an organisation. These are the settings that apply, the extension’s own (its policy or its defaults).',
    loading: 'Loading your organisation’s settings…',
    signedOut: (button: string) =>
      `You are not signed in: your organisation’s settings are shown once you are. Use the “${button}” button at the top of this page.`,
    notConfigured:
      'No gateway is configured on this computer: your organisation’s settings cannot be read. Ask your IT department to set the gateway’s address (the “gatewayUrl” policy setting).',
    failed: 'Your organisation’s settings could not be read.',
    retry: 'Try again',
    terms: {
      organisation: 'Organisation',
      role: 'Your role',
      verificationModes: 'Check modes offered',
      motifs: 'Purposes offered',
      visibleResultFields: 'Result sections shown',
      defaultTerritory: 'Default territory',
      territoryChoice: 'Territory chosen by the agent',
      retention: 'Log retention',
      agentName: 'Name written in the local log',
    },
    roles: { agent: 'Agent', referent: 'Référent', dpo: 'Data protection officer (DPO)' },
    territoryAllowed: 'Allowed: you may choose yours below.',
    territoryFixed: 'No: the territory is your organisation’s.',
    allFrance: 'All of France',
    days: (count: number) => (count === 1 ? '1 day' : `${count.toLocaleString('en-GB')} days`),
    noOrganisation: 'None (local simulator)',
    noAgentName: 'None',
    fromPolicy: 'These values come from this computer’s policy.',
    fromDefaults: 'These values are the built-in defaults.',
  },
  connection: {
    intro:
      'Where the extension connects. These settings are set by your organisation’s policy (otherwise: the local demonstration simulator).',
    notSet: 'Not set',
    minutes: (count: number) => (count === 1 ? '1 minute' : `${count} minutes`),
  },
  territoryFixed: 'Your organisation sets the territory: the events of these départements are loaded.',
  environments: {
    simulator: 'Local simulator',
    sandbox: 'Sandbox (integration platforms)',
    production: 'Production',
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
      gateway: 'Your session at the organisation’s gateway',
      organisation: 'Reading the organisation’s settings',
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
    connectionKeyRetired: (key: string) =>
      `The setting “${key}” (a service’s address or client id) no longer exists: it is ignored. The extension goes through your organisation’s gateway, which holds these values; remove it from the policy.`,
    environmentMissing:
      'Your organisation configures the connection without a valid environment (“environment”): the extension connects to the gateway (production), never to the local simulator. Report it to your IT department.',
  },
  errors: {
    url: 'Enter a full address starting with https:// (http:// only for 127.0.0.1 or localhost), without user name or “#”.',
    simulatorUrl: `Enter a full address starting with http:// or https://, for example ${SIMULATOR_DEFAULT_URL}.`,
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
};

export default { fr, en };

/** Product-wide strings: the shell, navigation, generic states. */
const fr = {
  appName: 'Guichet Emploi',
  tagline: 'Salons France Travail et vérification du statut de demandeur d’emploi',
  nav: {
    label: 'Rubriques',
    events: 'Salons et évènements',
    status: 'Vérification du statut',
    journal: 'Journal des vérifications',
    options: 'Paramètres',
  },
  openSidePanel: 'Ouvrir le panneau latéral',
  quickCheck: {
    title: 'Vérifier l’inscription d’une personne',
    body: 'La vérification se fait dans le panneau latéral, à côté du dossier : avec FranceConnect si la personne est présente, ou par son identifiant France Travail. Un motif et une référence de dossier sont demandés, et la vérification est inscrite au journal.',
    action: 'Vérifier un statut',
  },
  openOptions: 'Ouvrir les paramètres',
  loading: 'Chargement…',
  retry: 'Réessayer',
  close: 'Fermer',
  environment: {
    simulator: 'Simulateur local',
    sandbox: 'Bac à sable',
    production: 'Production',
  },
  environmentBadge: (name: string) => `Environnement : ${name}`,
  dateField: {
    hint: 'jj/mm/aaaa, par exemple 15/03/2026',
    invalid: 'Date non reconnue : écrivez-la jj/mm/aaaa, par exemple 15/03/2026.',
    beforeMin: (day: string) => `Choisissez une date à partir du ${day}.`,
    afterMax: (day: string) => `Choisissez une date jusqu’au ${day}.`,
  },
  agent: {
    label: 'Votre session',
    signIn: 'Se connecter avec ProConnect',
    signingIn: 'Connexion en cours dans la fenêtre ProConnect…',
    signedIn: (name: string, organisation: string) => `Connecté : ${name}, ${organisation}`,
    signOut: 'Se déconnecter',
    signingOut: 'Déconnexion…',
    signedOutDone: 'Vous êtes déconnecté.',
    signedOut:
      'Connectez-vous avec ProConnect pour vérifier un statut et consulter le journal. Les évènements déjà chargés restent affichés.',
    expired:
      'Votre session a expiré : reconnectez-vous avec ProConnect. Ce que vous avez saisi est conservé.',
    refused:
      'La connexion a été refusée ou abandonnée. Si votre organisation n’est pas servie par cette passerelle, ou si elle exige une double authentification, voyez avec votre référent.',
    failed:
      'La connexion n’a pas abouti : réessayez ; si cela se répète, prévenez votre service informatique.',
  },
  backgroundUnreachable:
    'Le service de l’extension ne répond pas. Fermez puis rouvrez cette fenêtre ; si le problème persiste, redémarrez le navigateur.',
};

export type CommonMessages = typeof fr;

const en: CommonMessages = {
  appName: 'Guichet Emploi',
  tagline: 'France Travail job fairs and job-seeker status checks',
  nav: {
    label: 'Sections',
    events: 'Job fairs and events',
    status: 'Status check',
    journal: 'Check log',
    options: 'Settings',
  },
  openSidePanel: 'Open the side panel',
  quickCheck: {
    title: 'Check a person’s registration',
    body: 'The check runs in the side panel, beside the case file: through FranceConnect when the person is present, or by their France Travail identifier. A purpose and a case reference are required, and the check is recorded in the log.',
    action: 'Check a status',
  },
  openOptions: 'Open settings',
  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  environment: {
    simulator: 'Local simulator',
    sandbox: 'Sandbox',
    production: 'Production',
  },
  environmentBadge: (name: string) => `Environment: ${name}`,
  dateField: {
    hint: 'dd/mm/yyyy, for example 15/03/2026',
    invalid: 'Date not recognised: write it dd/mm/yyyy, for example 15/03/2026.',
    beforeMin: (day: string) => `Choose a date from ${day}.`,
    afterMax: (day: string) => `Choose a date up to ${day}.`,
  },
  agent: {
    label: 'Your session',
    signIn: 'Sign in with ProConnect',
    signingIn: 'Signing in, in the ProConnect window…',
    signedIn: (name: string, organisation: string) => `Signed in: ${name}, ${organisation}`,
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signedOutDone: 'You are signed out.',
    signedOut:
      'Sign in with ProConnect to check a status and read the journal. Events already loaded stay shown.',
    expired: 'Your session has expired: sign in again with ProConnect. What you entered is kept.',
    refused:
      'The sign-in was refused or abandoned. If your organisation is not served by this gateway, or requires two-factor authentication, see your referent.',
    failed: 'The sign-in did not complete: try again; if it happens again, tell your IT department.',
  },
  backgroundUnreachable:
    'The extension’s service is not answering. Close and reopen this window; if it persists, restart the browser.',
};

export default { fr, en };

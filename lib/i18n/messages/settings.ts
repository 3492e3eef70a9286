/** Strings of the options page. */
const fr = {
  title: 'Paramètres de Guichet Emploi',
  intro:
    'Connexion aux services de France Travail, territoire et règles de vérification. Les paramètres fixés par votre organisation s’affichent en lecture seule.',
};

export type SettingsMessages = typeof fr;

const en: SettingsMessages = {
  title: 'Guichet Emploi settings',
  intro:
    'Connection to France Travail’s services, territory and check rules. Settings fixed by your organisation are shown read-only.',
};

export default { fr, en };

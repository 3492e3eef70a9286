/** Strings of the consultation journal. */
const fr = {
  emptyTitle: 'Journal des vérifications',
  emptyBody:
    'Chaque vérification y sera inscrite : quand, par qui, pour quel motif et quel dossier, avec son résultat — sans le nom ni l’identifiant de la personne.',
};

export type JournalMessages = typeof fr;

const en: JournalMessages = {
  emptyTitle: 'Check log',
  emptyBody:
    'Every check will be recorded here: when, by whom, for which purpose and case, with its outcome — without the person’s name or identifier.',
};

export default { fr, en };

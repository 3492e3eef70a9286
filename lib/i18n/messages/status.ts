/** Strings of the status-check feature ("Vérification du statut"). */
const fr = {
  emptyTitle: 'Vérifier l’inscription d’une personne',
  emptyBody:
    'Vérifiez si une personne est inscrite comme demandeur d’emploi, avec FranceConnect si elle est présente ou par son identifiant France Travail. Chaque vérification demande un motif et une référence de dossier, et elle est inscrite au journal.',
  quickEntry: 'Vérifier un statut',
};

export type StatusMessages = typeof fr;

const en: StatusMessages = {
  emptyTitle: 'Check a person’s registration',
  emptyBody:
    'Check whether a person is registered as a job seeker, through FranceConnect when they are present or by their France Travail identifier. Every check needs a purpose and a case reference, and is recorded in the log.',
  quickEntry: 'Check a status',
};

export default { fr, en };

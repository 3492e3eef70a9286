/** Strings of the events feature ("Salons et évènements"). */
const fr = {
  emptyTitle: 'Les prochains salons de votre territoire',
  emptyBody:
    'Ici s’afficheront les salons, salons en ligne, forums et job datings sélectionnés par France Travail, les plus proches dans le temps en premier.',
  seeAll: 'Voir tout',
};

export type EventsMessages = typeof fr;

const en: EventsMessages = {
  emptyTitle: 'Upcoming job fairs in your area',
  emptyBody:
    'Job fairs, online fairs, forums and job datings selected by France Travail will be listed here, soonest first.',
  seeAll: 'See all',
};

export default { fr, en };

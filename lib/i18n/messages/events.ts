/** Strings of the events feature ("Salons et évènements"). */
const plural = (n: number, one: string, many: string) => (n === 1 || n === 0 ? one : many);

const fr = {
  emptyTitle: 'Les prochains salons de votre territoire',
  emptyBody:
    'Ici s’afficheront les salons, salons en ligne, forums et job datings sélectionnés par France Travail, les plus proches dans le temps en premier.',
  seeAll: 'Voir tout',
  seeAllCount: (n: number) => `Voir tout (${n})`,

  // Popup
  popupHeading: 'Prochains évènements',
  territoryAll: 'Toute la France',
  territory: (names: string) => `Territoire : ${names}`,
  updatedAgo: (ago: string) => `Mis à jour ${ago}`,
  updatedJustNow: 'Mis à jour à l’instant',
  refreshing: 'Mise à jour en cours…',
  refresh: 'Actualiser',
  staleBanner: (ago: string) =>
    `La liste n’a pas pu être mise à jour : elle date de la dernière mise à jour réussie (${ago}).`,
  staleBannerJustNow: 'La liste n’a pas pu être mise à jour : elle date de la dernière mise à jour réussie.',
  loadingTitle: 'Chargement des évènements…',
  loadingBody: 'La première liste est demandée à France Travail ; cela prend quelques secondes.',
  firstLoadFailedTitle: 'Les évènements n’ont pas pu être chargés',
  noUpcomingTitle: 'Aucun évènement à venir sur votre territoire',
  noUpcomingBody:
    'France Travail n’annonce rien pour l’instant. Élargissez le territoire dans les paramètres, ou réessayez plus tard.',

  // Rows
  online: 'En ligne',
  runningNow: 'En cours',
  placesLeft: (n: number) => `${n} ${plural(n, 'place restante', 'places restantes')}`,
  offers: (n: number) => `${n} ${plural(n, 'offre', 'offres')}`,
  full: 'Complet',
  registrationClosed: 'Candidatures closes',
  registrationUntil: (day: string) => `Candidatures jusqu’au ${day}`,
  registrationOpens: (day: string) => `Candidatures à partir du ${day}`,
  registrationOpen: 'Inscriptions ouvertes',
  openDetail: (title: string) => `${title} : voir le détail`,

  // Territory (first run and change)
  territoryQuestion: 'Où travaillez-vous ?',
  territoryIntro:
    'Indiquez votre territoire : la liste montrera d’abord les évènements près de vous et les salons en ligne qui vous concernent.',
  territoryField: 'Votre territoire',
  territoryFieldHint: 'Commune, code postal ou département',
  territorySuggestions: 'Territoires proposés',
  territoryResults: (n: number) =>
    n === 0 ? 'Aucun territoire ne correspond.' : `${n} ${plural(n, 'proposition', 'propositions')}.`,
  territoryLoadingCommunes: 'Chargement des communes…',
  territoryCommuneOption: (name: string, postalCode: string, departement: string) =>
    postalCode ? `${name} (${postalCode}) – ${departement}` : `${name} – ${departement}`,
  territoryDepartementOption: (departement: string) => `${departement} – tout le département`,
  territorySaved: (departement: string) => `Territoire enregistré : ${departement}. La liste se met à jour.`,
  territorySaveFailed: 'Le territoire n’a pas pu être enregistré. Réessayez.',
  territoryChange: 'Changer',
  territoryChangeLabel: (current: string) => `Changer de territoire (actuellement : ${current})`,
  territoryCancel: 'Annuler',
  territoryByPolicy: 'défini par votre organisation',
  territorySeveral: 'Pour suivre plusieurs départements, utilisez les paramètres.',

  // Popup groups
  groupLocal: 'Sur votre territoire',
  groupLocalAll: 'Dans toute la France',
  groupFairs: 'Salons en ligne qui vous concernent',
  groupFairsAll: 'Salons en ligne',
  noLocalEvent: 'Aucun évènement annoncé sur votre territoire pour l’instant.',
  noConcernedFair: 'Aucun salon en ligne national ou de votre région en ce moment.',
  more: (n: number) => `${n} de plus`,
  moreHint: 'S’ouvre dans le panneau latéral, avec le filtre « Pour mon territoire ».',

  // Hand-over
  handover: 'Transmettre à la personne',
  addToCalendar: 'Ajouter à l’agenda (.ics)',
  copyLink: 'Copier le lien',
  copySummary: 'Copier le résumé',
  linkCopied: 'Lien copié dans le presse-papiers.',
  summaryCopied: 'Résumé copié : collez-le dans la note du dossier ou dans un courriel.',
  copyFailed: 'La copie a échoué. Sélectionnez le texte et copiez-le avec Ctrl+C.',
  calendarSaved: (file: string) => `Fichier d’agenda enregistré : ${file}`,
  calendarFailed: 'Le fichier d’agenda n’a pas pu être créé. Réessayez.',
  summaryPlace: 'Lieu :',
  summaryOrganiser: 'Organisateur :',
  summaryLink: 'Inscription :',

  // Selection and print
  selectForPrint: (title: string) => `Ajouter à la liste à imprimer : ${title}`,
  selection: (n: number) =>
    n === 0
      ? 'Aucun évènement sélectionné'
      : `${n} ${plural(n, 'évènement sélectionné', 'évènements sélectionnés')}`,
  printSelection: 'Imprimer la sélection',
  copySelection: 'Copier la sélection',
  clearSelection: 'Vider la sélection',
  selectionCopied: 'Sélection copiée dans le presse-papiers.',
  printTitle: 'Évènements emploi sélectionnés pour vous',
  printPrepared: (day: string) => `Liste préparée le ${day} avec Guichet Emploi.`,
  printAdvice: 'Inscrivez-vous au plus tôt : les places sont limitées. Munissez-vous de votre CV.',
};

export type EventsMessages = typeof fr;

const pluralEn = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en: EventsMessages = {
  emptyTitle: 'Upcoming job fairs in your area',
  emptyBody:
    'Job fairs, online fairs, forums and job datings selected by France Travail will be listed here, soonest first.',
  seeAll: 'See all',
  seeAllCount: (n: number) => `See all (${n})`,

  popupHeading: 'Upcoming events',
  territoryAll: 'All of France',
  territory: (names: string) => `Area: ${names}`,
  updatedAgo: (ago: string) => `Updated ${ago}`,
  updatedJustNow: 'Updated just now',
  refreshing: 'Updating…',
  refresh: 'Refresh',
  staleBanner: (ago: string) =>
    `The list could not be updated: it dates from the last successful update (${ago}).`,
  staleBannerJustNow: 'The list could not be updated: it dates from the last successful update.',
  loadingTitle: 'Loading events…',
  loadingBody: 'The first list is being requested from France Travail; this takes a few seconds.',
  firstLoadFailedTitle: 'The events could not be loaded',
  noUpcomingTitle: 'No upcoming event in your area',
  noUpcomingBody:
    'France Travail announces nothing for now. Widen the area in the settings, or try again later.',

  online: 'Online',
  runningNow: 'Running now',
  placesLeft: (n: number) => `${n} ${pluralEn(n, 'place left', 'places left')}`,
  offers: (n: number) => `${n} ${pluralEn(n, 'job offer', 'job offers')}`,
  full: 'Full',
  registrationClosed: 'Applications closed',
  registrationUntil: (day: string) => `Applications until ${day}`,
  registrationOpens: (day: string) => `Applications from ${day}`,
  registrationOpen: 'Registration open',
  openDetail: (title: string) => `${title}: see details`,

  territoryQuestion: 'Where do you work?',
  territoryIntro:
    'Give your area: the list will first show the events near you and the online fairs that concern you.',
  territoryField: 'Your area',
  territoryFieldHint: 'Municipality, postal code or département',
  territorySuggestions: 'Suggested areas',
  territoryResults: (n: number) =>
    n === 0 ? 'No area matches.' : `${n} ${pluralEn(n, 'suggestion', 'suggestions')}.`,
  territoryLoadingCommunes: 'Loading municipalities…',
  territoryCommuneOption: (name: string, postalCode: string, departement: string) =>
    postalCode ? `${name} (${postalCode}) – ${departement}` : `${name} – ${departement}`,
  territoryDepartementOption: (departement: string) => `${departement} – the whole département`,
  territorySaved: (departement: string) => `Area saved: ${departement}. The list is being updated.`,
  territorySaveFailed: 'The area could not be saved. Try again.',
  territoryChange: 'Change',
  territoryChangeLabel: (current: string) => `Change area (now: ${current})`,
  territoryCancel: 'Cancel',
  territoryByPolicy: 'set by your organisation',
  territorySeveral: 'To follow several départements, use the settings.',

  groupLocal: 'In your area',
  groupLocalAll: 'All over France',
  groupFairs: 'Online fairs that concern you',
  groupFairsAll: 'Online fairs',
  noLocalEvent: 'No event announced in your area for now.',
  noConcernedFair: 'No national or regional online fair at the moment.',
  more: (n: number) => `${n} more`,
  moreHint: 'Opens in the side panel, with the “For my area” filter.',

  handover: 'Hand over to the person',
  addToCalendar: 'Add to calendar (.ics)',
  copyLink: 'Copy the link',
  copySummary: 'Copy the summary',
  linkCopied: 'Link copied to the clipboard.',
  summaryCopied: 'Summary copied: paste it into the case note or an email.',
  copyFailed: 'Copying failed. Select the text and copy it with Ctrl+C.',
  calendarSaved: (file: string) => `Calendar file saved: ${file}`,
  calendarFailed: 'The calendar file could not be created. Try again.',
  summaryPlace: 'Place:',
  summaryOrganiser: 'Organiser:',
  summaryLink: 'Registration:',

  selectForPrint: (title: string) => `Add to the list to print: ${title}`,
  selection: (n: number) =>
    n === 0 ? 'No event selected' : `${n} ${pluralEn(n, 'event selected', 'events selected')}`,
  printSelection: 'Print the selection',
  copySelection: 'Copy the selection',
  clearSelection: 'Clear the selection',
  selectionCopied: 'Selection copied to the clipboard.',
  printTitle: 'Employment events selected for you',
  printPrepared: (day: string) => `List prepared on ${day} with Guichet Emploi.`,
  printAdvice: 'Register as early as possible: places are limited. Bring your CV.',
};

export default { fr, en };

import type { VerificationMode } from '../../settings/core/constants';
import type { CheckOutcome } from '../../journal/core/types';
import type { ErrorCode } from '../../core/app-error';

/** Strings of the consultation journal. */

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

const fr = {
  emptyTitle: 'Journal des vérifications',
  emptyBody:
    'Chaque vérification y sera inscrite : quand, par qui, pour quel motif et quel dossier, avec son résultat — sans le nom ni l’identifiant de la personne.',
  title: 'Journal des vérifications',
  whatIsRecorded: (days: number) =>
    `Pour chaque vérification, le journal garde : la date et l’heure, l’agent, le mode, le motif, la référence du dossier, le résultat et la catégorie, ainsi qu’une empreinte chiffrée de l’identifiant (jamais l’identifiant lui-même). Aucun nom, aucune adresse, aucune coordonnée n’y figure. Les entrées sont effacées automatiquement après ${days} ${plural(days, 'jour', 'jours')}. Le journal reste sur ce poste.`,
  loading: 'Chargement du journal…',
  loadFailed: 'Le journal n’a pas pu être lu. Réessayez ; si cela se répète, signalez-le.',
  filters: {
    legend: 'Filtrer',
    from: 'Du',
    to: 'Au',
    motif: 'Motif',
    outcome: 'Résultat',
    all: 'Tous',
    reset: 'Effacer les filtres',
  },
  count: (shown: number) =>
    shown === 0
      ? 'Aucune vérification ne correspond.'
      : `${shown} ${plural(shown, 'vérification', 'vérifications')}.`,
  emptyJournal: 'Aucune vérification n’est encore inscrite.',
  table: {
    caption: 'Vérifications, les plus récentes d’abord',
    at: 'Date et heure',
    agent: 'Agent',
    mode: 'Mode',
    motif: 'Motif',
    caseReference: 'Référence du dossier',
    outcome: 'Résultat',
    errorCode: 'Code d’erreur',
    categoryCode: 'Catégorie',
    fingerprint: 'Empreinte de l’identifiant',
    noAgent: 'Non renseigné',
  },
  modes: {
    franceconnect: 'FranceConnect',
    identifiant: 'Identifiant France Travail',
  } satisfies Record<VerificationMode, string>,
  outcomes: {
    registered: 'Inscrit(e)',
    no_longer_registered: 'Plus inscrit(e)',
    not_covered: 'Inscription hors habilitation',
    not_found: 'Aucune inscription trouvée',
    refused: 'Refus ou abandon de la personne',
    error: 'Erreur',
  } satisfies Record<CheckOutcome, string>,
  /** Why a check failed, in words (the journal keeps the code for audits). */
  errorReasons: {
    network: 'service injoignable',
    timeout: 'délai de réponse dépassé',
    rate_limited: 'trop de demandes en peu de temps',
    unauthorised: 'connexion au service refusée',
    forbidden: 'accès au service non autorisé',
    not_found: 'aucun résultat',
    invalid_answer: 'réponse illisible du service',
    server: 'service momentanément indisponible',
    cancelled: 'demande annulée',
    not_configured: 'service non configuré',
    invalid_request: 'demande incomplète',
    permission_missing: 'autorisation du navigateur manquante',
    access_denied: 'refus de la personne',
    window_closed: 'fenêtre FranceConnect fermée avant la fin',
    auth_timeout: 'connexion FranceConnect trop longue',
    auth_failed: 'échec de la connexion FranceConnect',
    token_invalid: 'jeton API Particulier invalide',
    conflict: 'vérification déjà en cours',
    signed_out: 'agent non connecté',
    internal: 'erreur inattendue',
  } satisfies Record<ErrorCode, string>,
  outcomeWithReason: (outcome: string, reason: string) => `${outcome} : ${reason}`,
  unknownReason: 'cause non précisée',
  lookup: {
    title: 'A-t-on vérifié cet identifiant ?',
    help: 'L’identifiant saisi n’est envoyé à aucun serveur ni enregistré : son empreinte est calculée sur ce poste et comparée à celles du journal.',
    label: 'Identifiant France Travail',
    submit: 'Rechercher',
    required: 'Indiquez un identifiant.',
    none: 'Aucune vérification de cet identifiant dans le journal.',
    found: (count: number) =>
      `${count} ${plural(count, 'vérification trouvée', 'vérifications trouvées')} pour cet identifiant :`,
    failed: 'La recherche n’a pas abouti. Réessayez.',
  },
  csv: {
    title: 'Exporter',
    separator: 'Séparateur',
    comma: 'Virgule (norme RFC 4180)',
    semicolon: 'Point-virgule (Excel en français)',
    export: 'Exporter en CSV',
    fileName: (day: string) => `journal-verifications-${day}.csv`,
    done: (count: number) => `${count} ${plural(count, 'ligne exportée', 'lignes exportées')}.`,
    hint: 'Le fichier reprend les vérifications affichées (avec les filtres).',
  },
};

export type JournalMessages = typeof fr;

const en: JournalMessages = {
  emptyTitle: 'Check log',
  emptyBody:
    'Every check will be recorded here: when, by whom, for which purpose and case, with its outcome — without the person’s name or identifier.',
  title: 'Check log',
  whatIsRecorded: (days: number) =>
    `For each check the log keeps: date and time, agent, method, purpose, case reference, outcome and category, and a keyed fingerprint of the identifier (never the identifier itself). No name, address or contact detail is in it. Entries are deleted automatically after ${days} ${plural(days, 'day', 'days')}. The log stays on this computer.`,
  loading: 'Loading the log…',
  loadFailed: 'The log could not be read. Try again; if it happens again, report it.',
  filters: {
    legend: 'Filter',
    from: 'From',
    to: 'To',
    motif: 'Purpose',
    outcome: 'Outcome',
    all: 'All',
    reset: 'Clear the filters',
  },
  count: (shown: number) =>
    shown === 0 ? 'No check matches.' : `${shown} ${plural(shown, 'check', 'checks')}.`,
  emptyJournal: 'No check has been recorded yet.',
  table: {
    caption: 'Checks, newest first',
    at: 'Date and time',
    agent: 'Agent',
    mode: 'Method',
    motif: 'Purpose',
    caseReference: 'Case reference',
    outcome: 'Outcome',
    errorCode: 'Error code',
    categoryCode: 'Category',
    fingerprint: 'Identifier fingerprint',
    noAgent: 'Not set',
  },
  modes: {
    franceconnect: 'FranceConnect',
    identifiant: 'France Travail identifier',
  },
  outcomes: {
    registered: 'Registered',
    no_longer_registered: 'No longer registered',
    not_covered: 'Registration outside the authorisation',
    not_found: 'No registration found',
    refused: 'Declined or abandoned by the person',
    error: 'Error',
  },
  errorReasons: {
    network: 'service unreachable',
    timeout: 'answer took too long',
    rate_limited: 'too many requests in a short time',
    unauthorised: 'connection to the service refused',
    forbidden: 'no access to the service',
    not_found: 'no result',
    invalid_answer: 'unreadable answer from the service',
    server: 'service temporarily unavailable',
    cancelled: 'request cancelled',
    not_configured: 'service not configured',
    invalid_request: 'incomplete request',
    permission_missing: 'browser permission missing',
    access_denied: 'declined by the person',
    window_closed: 'FranceConnect window closed before the end',
    auth_timeout: 'FranceConnect sign-in took too long',
    auth_failed: 'FranceConnect sign-in failed',
    token_invalid: 'invalid API Particulier token',
    conflict: 'a check is already running',
    signed_out: 'agent not signed in',
    internal: 'unexpected error',
  },
  outcomeWithReason: (outcome: string, reason: string) => `${outcome}: ${reason}`,
  unknownReason: 'cause not given',
  lookup: {
    title: 'Have we checked this identifier?',
    help: 'The identifier you type is neither sent to any server nor stored: its fingerprint is computed on this computer and compared with the log’s.',
    label: 'France Travail identifier',
    submit: 'Search',
    required: 'Enter an identifier.',
    none: 'No check of this identifier in the log.',
    found: (count: number) => `${count} ${plural(count, 'check', 'checks')} found for this identifier:`,
    failed: 'The search did not complete. Try again.',
  },
  csv: {
    title: 'Export',
    separator: 'Separator',
    comma: 'Comma (RFC 4180 standard)',
    semicolon: 'Semicolon (Excel in French)',
    export: 'Export as CSV',
    fileName: (day: string) => `check-log-${day}.csv`,
    done: (count: number) => `${count} ${plural(count, 'row', 'rows')} exported.`,
    hint: 'The file holds the checks shown (filters applied).',
  },
};

export default { fr, en };

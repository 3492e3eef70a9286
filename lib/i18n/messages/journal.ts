import type { VerificationMode } from '../../settings/core/constants';
import type { JournalOutcome } from '../../journal/core/types';
import type { ChainReport } from '../../journal/core/gateway-wire';
import type { ErrorCode } from '../../core/app-error';

/** Strings of the consultation journal. */

type ChainBreakKind = NonNullable<ChainReport['firstBreak']>['kind'];

const chainBreakFr: Record<ChainBreakKind, string> = {
  missing: 'une entrée manque',
  link: 'le lien avec l’entrée précédente est rompu',
  altered: 'une entrée a été modifiée',
  truncated: 'la fin du journal a été retirée',
};

const chainBreakEn: Record<ChainBreakKind, string> = {
  missing: 'an entry is missing',
  link: 'the link to the previous entry is broken',
  altered: 'an entry was changed',
  truncated: 'the end of the log was removed',
};

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

const fr = {
  emptyTitle: 'Journal des vérifications',
  emptyBody:
    'Chaque vérification y sera inscrite : quand, par qui, pour quel motif et quel dossier, avec son résultat — sans le nom ni l’identifiant de la personne.',
  title: 'Journal des vérifications',
  whatIsRecorded: (days: number) =>
    `Pour chaque vérification, le journal garde : la date et l’heure, l’agent, le mode, le motif, la référence du dossier, le résultat et la catégorie, ainsi qu’une empreinte chiffrée de l’identifiant (jamais l’identifiant lui-même). Aucun nom, aucune adresse, aucune coordonnée n’y figure. Les entrées sont effacées automatiquement après ${days} ${plural(days, 'jour', 'jours')}. Le journal reste sur ce poste.`,
  whatIsRecordedCentral: (days: number) =>
    `Le journal est tenu par la passerelle de votre organisation, pour tous ses agents. Pour chaque vérification il garde : la date et l’heure, l’agent, le mode, le motif, la référence du dossier et le résultat, ainsi qu’une empreinte chiffrée de l’identifiant (jamais l’identifiant lui-même). Aucun nom, aucune adresse, aucune coordonnée de la personne n’y figure. Les entrées sont chaînées (toute modification se voit) et effacées après ${days} ${plural(days, 'jour', 'jours')}.`,
  scope: {
    legend: 'Vérifications affichées',
    mine: 'Mes vérifications',
    organisation: 'Toute l’organisation (référent, DPO)',
  },
  truncated: (shown: number) =>
    `Seules les ${shown} plus récentes sont affichées : précisez les dates pour voir les autres.`,
  errors: {
    roleRequired:
      'La vue de l’organisation est réservée au référent et au délégué à la protection des données (DPO) de votre organisation. Choisissez « Mes vérifications » pour voir les vôtres.',
    signedOut:
      'Vous n’êtes pas connecté(e) à la passerelle de votre organisation. Connectez-vous avec ProConnect, puis rouvrez le journal.',
    unavailable:
      'Le journal de l’organisation est momentanément indisponible. Réessayez dans quelques minutes ; si cela dure, prévenez votre référent.',
    unreachable:
      'La passerelle de votre organisation ne répond pas. Vérifiez votre connexion, puis réessayez.',
    invalidIdentifier: 'Cet identifiant France Travail n’a pas une forme valide (par exemple 1234567A).',
  },
  chain: {
    title: 'Intégrité du journal',
    hint: 'La passerelle recalcule la chaîne des entrées : une entrée modifiée, retirée ou ajoutée après coup se voit. La vérification est elle-même inscrite au journal.',
    verify: 'Vérifier l’intégrité',
    running: 'Vérification de la chaîne en cours…',
    empty: 'Le journal ne contient encore aucune entrée.',
    verified: (checked: number, first: number, last: number) =>
      `Journal intègre : ${checked} ${plural(checked, 'entrée vérifiée', 'entrées vérifiées')} (n° ${first} à ${last}).`,
    broken: (position: number, kind: ChainBreakKind) =>
      `Journal rompu à la position ${position} : ${chainBreakFr[kind]}. Prévenez le délégué à la protection des données et conservez l’export du journal.`,
  },
  migration: {
    title: 'Ancien journal de ce navigateur',
    body: (count: number) =>
      `Ce navigateur garde encore ${count} ${plural(count, 'vérification inscrite', 'vérifications inscrites')} avant le passage au journal de votre organisation. Elles ne sont plus utilisées : exportez-les une fois en CSV pour les remettre à votre référent, puis elles seront effacées de ce navigateur.`,
    export: 'Exporter en CSV puis effacer',
    discard: 'Effacer sans exporter',
    fileName: (day: string) => `ancien-journal-local-${day}.csv`,
    done: (count: number) =>
      `${count} ${plural(count, 'vérification effacée', 'vérifications effacées')} de ce navigateur. Cette proposition ne reviendra pas.`,
    failed: 'L’ancien journal n’a pas pu être effacé. Réessayez.',
  },
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
    noMode: '—',
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
    cancelled: 'Vérification annulée',
    timeout: 'Sans réponse dans le délai',
    franceconnect_unavailable: 'FranceConnect indisponible',
    status_unavailable: 'Service de statut indisponible',
    rate_limited: 'Trop de demandes, non traitée',
    interrupted: 'Interrompue (passerelle arrêtée pendant la vérification)',
    error: 'Erreur',
    pending: 'En cours ou sans résultat inscrit',
  } satisfies Record<JournalOutcome, string>,
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
    interrupted: 'extension arrêtée avant la réponse',
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
    journal_unavailable: 'journal indisponible',
    motif_refused: 'motif non prévu par l’organisation',
    upstream_unavailable: 'service distant indisponible',
    habilitation_missing: 'habilitation incomplète',
    role_required: 'rôle insuffisant',
    organisation_not_served: 'organisation non servie',
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
    helpCentral:
      'L’identifiant est envoyé à la passerelle de votre organisation, qui calcule son empreinte et la compare à celles du journal ; il n’est enregistré nulle part. Chaque recherche est inscrite au journal.',
    clearedIdle: 'Le résultat de la recherche a été effacé après une période d’inactivité.',
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
    exportCentral: 'Exporter le journal de l’organisation (CSV)',
    hintCentral:
      'Le fichier de la passerelle reprend toutes les entrées de la période choisie (vérifications, recherches, exports, vérifications d’intégrité) avec leur chaînage. L’export est inscrit au journal.',
    doneCentral: 'Le journal de l’organisation a été exporté.',
    running: 'Export en cours…',
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
  whatIsRecordedCentral: (days: number) =>
    `The log is kept by your organisation’s gateway, for all its agents. For each check it keeps: date and time, agent, method, purpose, case reference and outcome, and a keyed fingerprint of the identifier (never the identifier itself). No name, address or contact detail of the person is in it. Entries are chained (any change shows) and deleted after ${days} ${plural(days, 'day', 'days')}.`,
  scope: {
    legend: 'Checks shown',
    mine: 'My checks',
    organisation: 'The whole organisation (referent, DPO)',
  },
  truncated: (shown: number) => `Only the ${shown} newest are shown: narrow the dates to see the others.`,
  errors: {
    roleRequired:
      'The organisation’s view is reserved to your organisation’s referent and data protection officer (DPO). Choose “My checks” to see yours.',
    signedOut:
      'You are not signed in to your organisation’s gateway. Sign in with ProConnect, then reopen the log.',
    unavailable:
      'The organisation’s log is temporarily unavailable. Try again in a few minutes; if it lasts, tell your referent.',
    unreachable: 'Your organisation’s gateway does not answer. Check your connection, then try again.',
    invalidIdentifier: 'This France Travail identifier is not well formed (for example 1234567A).',
  },
  chain: {
    title: 'Log integrity',
    hint: 'The gateway recomputes the chain of entries: an entry changed, removed or added afterwards shows. The verification itself is recorded in the log.',
    verify: 'Verify the integrity',
    running: 'Verifying the chain…',
    empty: 'The log holds no entry yet.',
    verified: (checked: number, first: number, last: number) =>
      `Log intact: ${checked} ${plural(checked, 'entry', 'entries')} verified (no. ${first} to ${last}).`,
    broken: (position: number, kind: ChainBreakKind) =>
      `Log broken at position ${position}: ${chainBreakEn[kind]}. Tell the data protection officer and keep the log’s export.`,
  },
  migration: {
    title: 'This browser’s former log',
    body: (count: number) =>
      `This browser still holds ${count} ${plural(count, 'check', 'checks')} recorded before your organisation’s log took over. They are no longer used: export them once as CSV to hand them to your referent, then they are deleted from this browser.`,
    export: 'Export as CSV, then delete',
    discard: 'Delete without exporting',
    fileName: (day: string) => `former-local-log-${day}.csv`,
    done: (count: number) =>
      `${count} ${plural(count, 'check', 'checks')} deleted from this browser. This offer will not come back.`,
    failed: 'The former log could not be deleted. Try again.',
  },
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
    noMode: '—',
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
    cancelled: 'Check cancelled',
    timeout: 'No answer in time',
    franceconnect_unavailable: 'FranceConnect unavailable',
    status_unavailable: 'Status service unavailable',
    rate_limited: 'Too many requests, not processed',
    interrupted: 'Interrupted (gateway stopped during the check)',
    error: 'Error',
    pending: 'Under way or no outcome recorded',
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
    interrupted: 'extension stopped before the answer',
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
    journal_unavailable: 'journal unavailable',
    motif_refused: 'reason not offered by the organisation',
    upstream_unavailable: 'remote service unavailable',
    habilitation_missing: 'incomplete authorisation',
    role_required: 'insufficient role',
    organisation_not_served: 'organisation not served',
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
    helpCentral:
      'The identifier is sent to your organisation’s gateway, which computes its fingerprint and compares it with the log’s; it is stored nowhere. Every search is recorded in the log.',
    clearedIdle: 'The search result was cleared after a period of inactivity.',
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
    exportCentral: 'Export the organisation’s log (CSV)',
    hintCentral:
      'The gateway’s file holds every entry of the chosen period (checks, searches, exports, integrity verifications) with their chaining. The export is recorded in the log.',
    doneCentral: 'The organisation’s log was exported.',
    running: 'Exporting…',
  },
};

export default { fr, en };

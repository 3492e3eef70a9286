import type { ErrorCode } from '../../core/app-error';

/** What each error means for the agent, and what to do about it. */
const fr: Record<ErrorCode, string> = {
  network: 'Le service ne répond pas : vérifiez la connexion internet du poste, puis réessayez.',
  timeout: 'Le service a mis trop de temps à répondre. Réessayez dans un instant.',
  rate_limited: 'Trop de demandes en peu de temps. Patientez quelques secondes, puis réessayez.',
  unauthorised:
    'La connexion au service a été refusée (identifiants invalides ou expirés). Vérifiez les paramètres de connexion ou contactez votre service informatique.',
  forbidden:
    'Votre organisation n’a pas accès à ce service (abonnement ou habilitation manquants). Contactez votre service informatique.',
  not_found: 'Aucun résultat pour cette demande.',
  invalid_answer:
    'Le service a envoyé une réponse illisible. Réessayez ; si cela se répète, signalez-le à votre service informatique.',
  server: 'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
  interrupted:
    'L’extension s’est arrêtée avant d’avoir reçu la réponse : aucun résultat n’est affiché. Recommencez si besoin.',
  cancelled: 'La demande a été annulée.',
  not_configured:
    'La connexion à ce service n’est pas configurée. Renseignez-la dans les paramètres ou demandez-la à votre service informatique.',
  invalid_request: 'La demande est incomplète ou mal formée. Vérifiez les champs saisis.',
  permission_missing:
    'L’extension n’a pas l’autorisation d’accéder à cette adresse. Accordez-la depuis les paramètres.',
  access_denied: 'La personne a refusé de partager ses informations.',
  window_closed: 'La fenêtre de connexion FranceConnect a été fermée avant la fin.',
  auth_timeout: 'La connexion FranceConnect n’a pas abouti à temps. Recommencez si la personne est d’accord.',
  auth_failed:
    'La connexion FranceConnect a échoué (réponse non conforme). Recommencez ; si cela se répète, contactez votre service informatique.',
  signed_out:
    'Vous n’êtes pas connecté, ou votre session a expiré : connectez-vous avec ProConnect pour continuer.',
  token_invalid:
    'Le jeton de votre organisation pour API Particulier est invalide, expiré ou révoqué. Contactez votre service informatique.',
  conflict: 'Une vérification est déjà en cours avec ce jeton. Patientez quelques secondes, puis réessayez.',
  internal: 'Une erreur inattendue s’est produite. Réessayez ; si cela se répète, signalez-le.',
  journal_unavailable:
    'Le journal de votre organisation est indisponible : la passerelle ne fait aucune vérification sans la journaliser. Réessayez dans quelques minutes ; si cela dure, prévenez votre référent.',
  motif_refused:
    'Ce motif ou ce mode de vérification n’est pas prévu par votre organisation. Choisissez un motif de la liste ; si la liste ne convient pas, voyez avec votre référent.',
  upstream_unavailable:
    'Le service distant (France Travail, API Particulier ou FranceConnect) ne répond pas à la passerelle. Réessayez plus tard, ou utilisez l’attestation papier.',
  habilitation_missing:
    'L’habilitation API Particulier de votre organisation ne couvre pas cette donnée. Prévenez votre référent habilitations : c’est à l’organisation de demander le bloc manquant.',
  role_required: 'Réservé au référent et au délégué à la protection des données de votre organisation.',
  organisation_not_served:
    'Votre organisation n’est pas servie par cette passerelle. Vérifiez l’adresse de la passerelle auprès de votre service informatique.',
};

export type ErrorsMessages = typeof fr;

const en: ErrorsMessages = {
  network: 'The service is not answering: check this computer’s internet connection, then try again.',
  timeout: 'The service took too long to answer. Try again in a moment.',
  rate_limited: 'Too many requests in a short time. Wait a few seconds, then try again.',
  unauthorised:
    'The service refused the connection (invalid or expired credentials). Check the connection settings or contact your IT department.',
  forbidden:
    'Your organisation has no access to this service (missing subscription or authorisation). Contact your IT department.',
  not_found: 'No result for this request.',
  invalid_answer:
    'The service sent an unreadable answer. Try again; if it happens again, report it to your IT department.',
  server: 'The service is temporarily unavailable. Try again in a few minutes.',
  interrupted:
    'The extension stopped before it received the answer: no result is shown. Start again if needed.',
  cancelled: 'The request was cancelled.',
  not_configured:
    'The connection to this service is not configured. Set it in the settings or ask your IT department.',
  invalid_request: 'The request is incomplete or malformed. Check the fields you entered.',
  permission_missing: 'The extension is not allowed to reach this address. Grant access from the settings.',
  access_denied: 'The person declined to share their information.',
  window_closed: 'The FranceConnect sign-in window was closed before the end.',
  auth_timeout: 'The FranceConnect sign-in did not complete in time. Start again if the person agrees.',
  auth_failed:
    'The FranceConnect sign-in failed (non-compliant answer). Start again; if it happens again, contact your IT department.',
  signed_out: 'You are not signed in, or your session has expired: sign in with ProConnect to continue.',
  token_invalid:
    'Your organisation’s API Particulier token is invalid, expired or revoked. Contact your IT department.',
  conflict: 'A check is already running with this token. Wait a few seconds, then try again.',
  internal: 'An unexpected error occurred. Try again; if it happens again, report it.',
  journal_unavailable:
    'Your organisation’s journal is unavailable: the gateway makes no check it cannot record. Try again in a few minutes; if it lasts, tell your referent.',
  motif_refused:
    'This reason or kind of check is not offered by your organisation. Pick a reason from the list; if none fits, see your referent.',
  upstream_unavailable:
    'The remote service (France Travail, API Particulier or FranceConnect) is not answering the gateway. Try again later, or use the paper certificate.',
  habilitation_missing:
    'Your organisation’s API Particulier authorisation does not cover this data. Tell your authorisations officer: the organisation must ask for the missing block.',
  role_required: 'Reserved to your organisation’s referent and data protection officer.',
  organisation_not_served:
    'Your organisation is not served by this gateway. Check the gateway’s address with your IT department.',
};

export default { fr, en };

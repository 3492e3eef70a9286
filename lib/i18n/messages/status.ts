import { CASE_REFERENCE_MAX_LENGTH, MOTIF_MAX_LENGTH } from '../../status/core/check-rules';
import { IDENTIFIER_MAX_LENGTH } from '../../status/core/identifier';
import type { CnavCertification, StatusSource } from '../../status/core/status';
import type { StatusField, VerificationMode } from '../../settings/core/constants';
import type { CheckErrorState } from '../../status/core/error-state';
import type { IdentifierProblem } from '../../status/core/identifier';

/** Strings of the status-check feature ("Vérification du statut"). */

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

const fr = {
  emptyTitle: 'Vérifier l’inscription d’une personne',
  emptyBody:
    'Vérifiez si une personne est inscrite comme demandeur d’emploi, avec FranceConnect si elle est présente ou par son identifiant France Travail. Chaque vérification demande un motif et une référence de dossier, et elle est inscrite au journal.',
  quickEntry: 'Vérifier un statut',

  title: 'Vérification du statut',
  loadingSettings: 'Chargement des paramètres…',
  settingsFallback:
    'Les paramètres de votre organisation n’ont pas pu être lus : les valeurs par défaut s’appliquent.',
  noModes:
    'Aucun mode de vérification n’est autorisé par la configuration de votre organisation. Contactez votre service informatique.',

  form: {
    modeLegend: 'Comment vérifier ?',
    modes: {
      franceconnect: 'Personne présente — FranceConnect',
      identifiant: 'Par identifiant France Travail',
    } satisfies Record<VerificationMode, string>,
    modeHints: {
      franceconnect: 'La personne se connecte elle-même et accepte de partager sa situation.',
      identifiant:
        'Sans la personne, avec son identifiant France Travail (API Particulier, pour le compte de votre organisation).',
    } satisfies Record<VerificationMode, string>,
    motifLabel: 'Motif de la vérification',
    motifChoose: 'Choisissez un motif',
    motifOther: 'Autre motif (à préciser)',
    motifOtherLabel: 'Précisez le motif',
    motifOtherHint: `Quelques mots, sans donnée personnelle (${MOTIF_MAX_LENGTH} caractères au plus).`,
    caseReferenceLabel: 'Référence du dossier',
    caseReferenceHint: 'Le numéro du dossier dans votre application, sans nom ni donnée personnelle.',
    identifierLabel: 'Identifiant France Travail',
    identifierHint:
      'L’identifiant de connexion de la personne à France Travail, par exemple jean.dupont33 ou 1234567A. Il figure sur ses courriers France Travail.',
    required: '(obligatoire)',
    submit: {
      franceconnect: 'Ouvrir FranceConnect',
      identifiant: 'Vérifier le statut',
    } satisfies Record<VerificationMode, string>,
    errorSummary: (count: number) =>
      `Le formulaire contient ${count} ${plural(count, 'erreur', 'erreurs')} :`,
    errors: {
      motifRequired: 'Choisissez le motif de la vérification.',
      motifOtherRequired: 'Précisez le motif en quelques mots.',
      motifTooLong: `Le motif doit tenir en ${MOTIF_MAX_LENGTH} caractères.`,
      caseReferenceRequired: 'Indiquez la référence du dossier.',
      caseReferenceTooLong: `La référence du dossier doit tenir en ${CASE_REFERENCE_MAX_LENGTH} caractères.`,
      caseReferenceNotAReference:
        'La référence du dossier est un numéro : des lettres sans accent, des chiffres, des espaces et . _ / # -, commençant par une lettre ou un chiffre et avec au moins un chiffre. N’y mettez pas de nom.',
      identifier: {
        empty: 'Indiquez l’identifiant France Travail de la personne.',
        characters:
          'L’identifiant ne contient que des lettres sans accent, des chiffres, des points, des tirets et des tirets bas, sans espace (par exemple jean.dupont33). Il ne s’agit ni du numéro de sécurité sociale ni de l’adresse e-mail.',
        length: `L’identifiant compte au plus ${IDENTIFIER_MAX_LENGTH} caractères. Vérifiez la saisie.`,
      } satisfies Record<IdentifierProblem, string>,
    },
  },

  franceConnect: {
    explainTitle: 'À dire à la personne avant de commencer',
    explain: [
      'Une fenêtre FranceConnect va s’ouvrir sur cet écran.',
      'Vous vous y connectez vous-même, avec un compte que vous utilisez déjà (impots.gouv.fr, ameli.fr, l’Identité Numérique La Poste…). Je ne vois pas votre mot de passe.',
      'On vous demandera si vous acceptez de transmettre votre situation France Travail à notre service. Vous pouvez refuser : nous ferons autrement, avec votre attestation.',
      'Le résultat n’est pas conservé. Seule une trace de la vérification est gardée, sans vos données.',
    ],
  },

  pending: {
    franceconnect: 'Connexion FranceConnect en cours dans la fenêtre ouverte…',
    identifiant: 'Vérification en cours auprès de France Travail…',
  } satisfies Record<VerificationMode, string>,

  verdict: {
    registered: (category: string | null, since: string | null) =>
      `Inscrit(e) comme demandeur d’emploi${category ? ` — catégorie ${category}` : ''}${since ? ` depuis le ${since}` : ''}`,
    noLongerRegistered: (until: string | null) =>
      until ? `N’est plus inscrit(e) depuis le ${until}` : 'N’est plus inscrit(e) comme demandeur d’emploi',
    notFound: {
      identifiant: 'Aucune inscription trouvée pour cet identifiant',
      franceconnect: 'Aucune inscription trouvée pour cette personne',
    } satisfies Record<VerificationMode, string>,
    notFoundAdvice:
      'Vérifiez l’identifiant avec la personne (il figure sur ses courriers France Travail) et recommencez. Une inscription très récente peut ne pas encore apparaître.',
    notCovered: 'Inscription non communiquée : l’habilitation de votre organisation ne la couvre pas',
    notCoveredAdvice:
      'France Travail connaît cette personne, mais le jeton API Particulier de votre organisation n’a pas accès aux données d’inscription. Ce n’est pas une erreur : demandez à votre service informatique d’étendre l’habilitation, ou vérifiez avec FranceConnect si la personne est présente.',
  },

  result: {
    announce: (verdict: string) => `Résultat de la vérification : ${verdict}`,
    categoryTitle: 'Catégorie',
    categoryCode: 'Code',
    categoryLabel: 'Libellé France Travail',
    categoryDescription: 'Définition officielle',
    categoryShort: 'En clair',
    categoryUnknown: (code: string) => `Catégorie ${code} (non répertoriée dans la table officielle 1 à 8)`,
    categoryLabelOnly: 'Catégorie inconnue : France Travail n’a transmis que son libellé, sans code.',
    registrationTitle: 'Inscription',
    since: 'Date d’inscription',
    until: 'Date de fin d’inscription',
    stillRegistered: 'Toujours inscrit(e)',
    notGiven: 'Non communiqué',
    identityTitle: 'Identité',
    civility: 'Civilité',
    birthName: 'Nom de naissance',
    usageName: 'Nom d’usage',
    firstName: 'Prénom',
    sex: 'Sexe',
    birthDate: 'Date de naissance',
    cnav: {
      certified: 'Identité certifiée',
      not_certified: 'Identité non certifiée',
      unknown: 'Certification de l’identité inconnue',
    } satisfies Record<CnavCertification, string>,
    cnavExplain: {
      certified: 'L’Assurance retraite (CNAV) a confirmé cette identité.',
      not_certified:
        'L’Assurance retraite (CNAV) n’a pas confirmé cette identité : comparez-la avec une pièce d’identité.',
      unknown:
        'France Travail n’a pas indiqué si l’identité est certifiée : comparez-la avec une pièce d’identité.',
    } satisfies Record<CnavCertification, string>,
    contactTitle: 'Coordonnées',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    phone2: 'Autre téléphone',
    addressTitle: 'Adresse déclarée',
    sourceTitle: 'Origine de la réponse',
    source: {
      franceconnect: 'France Travail, via FranceConnect, avec le consentement de la personne',
      'api-particulier': 'France Travail, via API Particulier, pour le compte de votre organisation',
    } satisfies Record<StatusSource, string>,
    retrievedAt: 'Réponse reçue le',
    hiddenNote: 'Certaines informations ne sont pas affichées, selon les règles de votre organisation.',
    notCoveredTitle: 'Hors de votre habilitation',
    notCovered: (blocks: string) =>
      `Non transmis à votre organisation : ${blocks}. Son habilitation API Particulier ne couvre pas ces données ; ce n’est pas une erreur.`,
    blockNames: {
      identite: 'identité',
      contact: 'coordonnées',
      adresse: 'adresse',
      inscription: 'inscription',
    } satisfies Record<StatusField, string>,
    privacy: (minutes: number) =>
      `Ce résultat n’est enregistré nulle part : il s’efface à la fermeture du panneau, après ${minutes} ${plural(minutes, 'minute', 'minutes')} sans activité, ou avec le bouton « Effacer ».`,
    clear: 'Effacer',
    newCheck: 'Nouvelle vérification',
    printView: 'Justificatif à imprimer',
    cleared: 'Le résultat a été effacé.',
    clearedIdle: 'Le résultat a été effacé après une période sans activité.',
  },

  errorStates: {
    malformed: {
      title: 'Identifiant mal formé',
      body: 'France Travail n’a pas accepté cet identifiant. Vérifiez-le avec la personne (son identifiant de connexion France Travail, par exemple jean.dupont33), puis recommencez.',
    },
    refused: {
      title: 'La personne a refusé le partage',
      body: 'La personne n’a pas accepté de transmettre sa situation. C’est son droit : aucune donnée n’a été reçue.',
    },
    window_closed: {
      title: 'La fenêtre FranceConnect a été fermée',
      body: 'La connexion n’est pas allée jusqu’au bout. Si la personne le souhaite, recommencez.',
    },
    auth_timeout: {
      title: 'La connexion FranceConnect a expiré',
      body: 'La personne n’a pas terminé sa connexion à temps. Si elle le souhaite, recommencez.',
    },
    unavailable: {
      title: 'Service momentanément indisponible',
      body: 'France Travail ou le service d’échange ne répond pas pour l’instant. Réessayez dans quelques minutes.',
    },
    rate_limited: {
      title: 'Trop de vérifications en même temps',
      body: 'Le service limite le nombre de demandes. Patientez quelques secondes, puis réessayez.',
    },
    not_authorised: {
      title: 'Votre organisation n’est pas habilitée',
      body: 'Le service a refusé l’accès (habilitation ou droit d’accès manquant pour ce type de vérification). Contactez votre service informatique ou le référent habilitations.',
    },
    token_invalid: {
      title: 'Le jeton de votre organisation n’est pas valide',
      body: 'Le jeton API Particulier de votre organisation est invalide, expiré ou révoqué. Contactez votre service informatique pour le renouveler.',
    },
    signed_out: {
      title: 'Connexion ProConnect nécessaire',
      body: 'Vous n’êtes pas connecté, ou votre session a expiré. Reconnectez-vous avec ProConnect : ce que vous avez saisi est conservé, vous pourrez relancer la vérification ensuite.',
    },
    interrupted: {
      title: 'Vérification interrompue',
      body: 'L’extension s’est arrêtée pendant la vérification, avant d’en recevoir la réponse : aucun résultat n’est affiché. La vérification a pu être faite et inscrite au journal de votre organisation ; relancez-la si besoin.',
    },
    journal_unavailable: {
      title: 'Journal indisponible',
      body: 'Le journal de votre organisation ne répond pas : la passerelle ne fait aucune vérification sans la journaliser. Réessayez dans quelques minutes ; si cela dure, prévenez votre référent.',
    },
    motif_refused: {
      title: 'Motif non prévu par votre organisation',
      body: 'Ce motif ou ce mode de vérification n’est pas ouvert pour votre organisation. Choisissez un motif de la liste ; si aucun ne convient, voyez avec votre référent.',
    },
    upstream_unavailable: {
      title: 'Service distant indisponible',
      body: 'France Travail, API Particulier ou FranceConnect ne répond pas à la passerelle de votre organisation. Réessayez plus tard, ou demandez l’attestation papier.',
    },
    habilitation_missing: {
      title: 'Habilitation incomplète',
      body: 'L’habilitation API Particulier de votre organisation ne couvre pas cette donnée. Prévenez votre référent habilitations : l’organisation doit demander le bloc manquant.',
    },
    role_required: {
      title: 'Réservé au référent et au DPO',
      body: 'Cette action est réservée au référent et au délégué à la protection des données de votre organisation.',
    },
    not_configured: {
      title: 'Vérification non configurée',
      body: 'La connexion à ce service n’est pas configurée sur ce poste. Demandez-la à votre service informatique.',
    },
    failed: {
      title: 'La vérification n’a pas abouti',
      body: 'Une erreur inattendue s’est produite. Réessayez ; si cela se répète, signalez-le à votre service informatique.',
    },
  } satisfies Record<CheckErrorState, { title: string; body: string }>,
  retryAfter: (seconds: number) =>
    `Vous pourrez réessayer dans ${seconds} ${plural(seconds, 'seconde', 'secondes')}.`,
  retry: 'Réessayer',
  editRequest: 'Modifier la demande',
  attestationTitle: 'Sans vérification en ligne : l’attestation',
  attestation:
    'Demandez à la personne son attestation d’inscription à France Travail : elle la télécharge dans son espace personnel sur francetravail.fr (rubrique « Mes attestations »), ou la demande au 3949.',
  journalNote: 'Cette tentative est inscrite au journal des vérifications.',

  justificatif: {
    title: 'Justificatif de vérification du statut de demandeur d’emploi',
    checkedAt: 'Date et heure de la vérification',
    agent: 'Agent',
    agentUnknown: 'Non renseigné',
    motif: 'Motif',
    caseReference: 'Référence du dossier',
    mode: 'Mode de vérification',
    source: 'Source',
    sourceNone: 'France Travail',
    verdict: 'Résultat',
    category: 'Catégorie',
    person: 'Personne',
    birthDate: 'Date de naissance',
    journalReference: 'Référence au journal',
    footer:
      'Document établi par l’agent à partir de la réponse de France Travail au moment de la vérification. Il ne remplace pas l’attestation d’inscription délivrée par France Travail.',
    print: 'Imprimer',
    back: 'Retour au résultat',
  },
};

export type StatusMessages = typeof fr;

const en: StatusMessages = {
  emptyTitle: 'Check a person’s registration',
  emptyBody:
    'Check whether a person is registered as a job seeker, through FranceConnect when they are present or by their France Travail identifier. Every check needs a purpose and a case reference, and is recorded in the log.',
  quickEntry: 'Check a status',

  title: 'Status check',
  loadingSettings: 'Loading settings…',
  settingsFallback: 'Your organisation’s settings could not be read: the defaults apply.',
  noModes:
    'Your organisation’s configuration allows no way of checking a status. Contact your IT department.',

  form: {
    modeLegend: 'How to check?',
    modes: {
      franceconnect: 'Person present — FranceConnect',
      identifiant: 'By France Travail identifier',
    },
    modeHints: {
      franceconnect: 'The person signs in themselves and agrees to share their situation.',
      identifiant:
        'Without the person, with their France Travail identifier (API Particulier, on behalf of your organisation).',
    },
    motifLabel: 'Purpose of the check',
    motifChoose: 'Choose a purpose',
    motifOther: 'Other purpose (specify)',
    motifOtherLabel: 'Specify the purpose',
    motifOtherHint: `A few words, no personal data (at most ${MOTIF_MAX_LENGTH} characters).`,
    caseReferenceLabel: 'Case reference',
    caseReferenceHint: 'The case number in your application, with no name or personal data.',
    identifierLabel: 'France Travail identifier',
    identifierHint:
      'The person’s France Travail username, for example jean.dupont33 or 1234567A. It appears on their France Travail letters.',
    required: '(required)',
    submit: {
      franceconnect: 'Open FranceConnect',
      identifiant: 'Check the status',
    },
    errorSummary: (count: number) => `The form has ${count} ${plural(count, 'error', 'errors')}:`,
    errors: {
      motifRequired: 'Choose the purpose of the check.',
      motifOtherRequired: 'Specify the purpose in a few words.',
      motifTooLong: `The purpose must fit in ${MOTIF_MAX_LENGTH} characters.`,
      caseReferenceRequired: 'Enter the case reference.',
      caseReferenceTooLong: `The case reference must fit in ${CASE_REFERENCE_MAX_LENGTH} characters.`,
      caseReferenceNotAReference:
        'The case reference is a number: unaccented letters, digits, spaces and . _ / # -, starting with a letter or a digit and with at least one digit. Do not put a name in it.',
      identifier: {
        empty: 'Enter the person’s France Travail identifier.',
        characters:
          'The identifier holds only unaccented letters, digits, dots, dashes and underscores, with no space (for example jean.dupont33). It is neither the social security number nor the e-mail address.',
        length: `The identifier has at most ${IDENTIFIER_MAX_LENGTH} characters. Check what you typed.`,
      },
    },
  },

  franceConnect: {
    explainTitle: 'What to tell the person before starting',
    explain: [
      'A FranceConnect window will open on this screen.',
      'You sign in yourself, with an account you already use (impots.gouv.fr, ameli.fr, La Poste’s digital identity…). I do not see your password.',
      'You will be asked whether you agree to send your France Travail situation to our service. You may refuse: we will do it another way, with your certificate.',
      'The result is not kept. Only a record of the check is kept, without your data.',
    ],
  },

  pending: {
    franceconnect: 'FranceConnect sign-in in progress in the opened window…',
    identifiant: 'Checking with France Travail…',
  },

  verdict: {
    registered: (category: string | null, since: string | null) =>
      `Registered as a job seeker${category ? ` — category ${category}` : ''}${since ? ` since ${since}` : ''}`,
    noLongerRegistered: (until: string | null) =>
      until ? `No longer registered since ${until}` : 'No longer registered as a job seeker',
    notFound: {
      identifiant: 'No registration found for this identifier',
      franceconnect: 'No registration found for this person',
    },
    notFoundAdvice:
      'Check the identifier with the person (it appears on their France Travail letters) and try again. A very recent registration may not show yet.',
    notCovered: 'Registration not given: your organisation’s authorisation does not cover it',
    notCoveredAdvice:
      'France Travail knows this person, but your organisation’s API Particulier token has no access to registration data. This is not an error: ask your IT department to extend the authorisation, or check with FranceConnect if the person is present.',
  },

  result: {
    announce: (verdict: string) => `Check result: ${verdict}`,
    categoryTitle: 'Category',
    categoryCode: 'Code',
    categoryLabel: 'France Travail label',
    categoryDescription: 'Official definition',
    categoryShort: 'In plain words',
    categoryUnknown: (code: string) => `Category ${code} (not in the official table 1 to 8)`,
    categoryLabelOnly: 'Unknown category: France Travail sent only its label, without a code.',
    registrationTitle: 'Registration',
    since: 'Registration date',
    until: 'End of registration',
    stillRegistered: 'Still registered',
    notGiven: 'Not given',
    identityTitle: 'Identity',
    civility: 'Title',
    birthName: 'Birth name',
    usageName: 'Usual name',
    firstName: 'First name',
    sex: 'Sex',
    birthDate: 'Date of birth',
    cnav: {
      certified: 'Identity certified',
      not_certified: 'Identity not certified',
      unknown: 'Identity certification unknown',
    },
    cnavExplain: {
      certified: 'The pension fund (CNAV) confirmed this identity.',
      not_certified:
        'The pension fund (CNAV) did not confirm this identity: compare it with an identity document.',
      unknown:
        'France Travail did not say whether the identity is certified: compare it with an identity document.',
    },
    contactTitle: 'Contact details',
    email: 'E-mail address',
    phone: 'Phone',
    phone2: 'Other phone',
    addressTitle: 'Declared address',
    sourceTitle: 'Where the answer comes from',
    source: {
      franceconnect: 'France Travail, through FranceConnect, with the person’s consent',
      'api-particulier': 'France Travail, through API Particulier, on behalf of your organisation',
    },
    retrievedAt: 'Answer received on',
    hiddenNote: 'Some information is not shown, under your organisation’s rules.',
    notCoveredTitle: 'Outside your authorisation',
    notCovered: (blocks: string) =>
      `Not sent to your organisation: ${blocks}. Its API Particulier authorisation does not cover this data; this is not an error.`,
    blockNames: {
      identite: 'identity',
      contact: 'contact details',
      adresse: 'address',
      inscription: 'registration',
    },
    privacy: (minutes: number) =>
      `This result is stored nowhere: it is cleared when the panel closes, after ${minutes} ${plural(minutes, 'minute', 'minutes')} without activity, or with the “Clear” button.`,
    clear: 'Clear',
    newCheck: 'New check',
    printView: 'Printable certificate',
    cleared: 'The result was cleared.',
    clearedIdle: 'The result was cleared after a period without activity.',
  },

  errorStates: {
    malformed: {
      title: 'Malformed identifier',
      body: 'France Travail did not accept this identifier. Check it with the person (their France Travail username, for example jean.dupont33), then try again.',
    },
    refused: {
      title: 'The person declined to share',
      body: 'The person did not agree to send their situation. That is their right: no data was received.',
    },
    window_closed: {
      title: 'The FranceConnect window was closed',
      body: 'The sign-in did not finish. If the person wishes, start again.',
    },
    auth_timeout: {
      title: 'The FranceConnect sign-in expired',
      body: 'The person did not finish signing in in time. If they wish, start again.',
    },
    unavailable: {
      title: 'Service temporarily unavailable',
      body: 'France Travail or the exchange service is not answering right now. Try again in a few minutes.',
    },
    rate_limited: {
      title: 'Too many checks at once',
      body: 'The service limits the number of requests. Wait a few seconds, then try again.',
    },
    not_authorised: {
      title: 'Your organisation is not authorised',
      body: 'The service refused access (missing authorisation or access right for this kind of check). Contact your IT department or your authorisations officer.',
    },
    token_invalid: {
      title: 'Your organisation’s token is not valid',
      body: 'Your organisation’s API Particulier token is invalid, expired or revoked. Contact your IT department to renew it.',
    },
    signed_out: {
      title: 'ProConnect sign-in needed',
      body: 'You are not signed in, or your session has expired. Sign in with ProConnect: what you entered is kept, you can run the check again afterwards.',
    },
    interrupted: {
      title: 'Check interrupted',
      body: 'The extension stopped during the check, before it received the answer: no result is shown. The check may have been made and recorded in your organisation’s journal; run it again if needed.',
    },
    journal_unavailable: {
      title: 'Journal unavailable',
      body: 'Your organisation’s journal is not answering: the gateway makes no check it cannot record. Try again in a few minutes; if it lasts, tell your referent.',
    },
    motif_refused: {
      title: 'Reason not offered by your organisation',
      body: 'This reason or kind of check is not open to your organisation. Pick a reason from the list; if none fits, see your referent.',
    },
    upstream_unavailable: {
      title: 'Remote service unavailable',
      body: 'France Travail, API Particulier or FranceConnect is not answering your organisation’s gateway. Try again later, or ask for the paper certificate.',
    },
    habilitation_missing: {
      title: 'Incomplete authorisation',
      body: 'Your organisation’s API Particulier authorisation does not cover this data. Tell your authorisations officer: the organisation must ask for the missing block.',
    },
    role_required: {
      title: 'Reserved to the referent and DPO',
      body: 'This action is reserved to your organisation’s referent and data protection officer.',
    },
    not_configured: {
      title: 'Check not configured',
      body: 'The connection to this service is not configured on this computer. Ask your IT department for it.',
    },
    failed: {
      title: 'The check did not complete',
      body: 'An unexpected error occurred. Try again; if it happens again, report it to your IT department.',
    },
  },
  retryAfter: (seconds: number) => `You can try again in ${seconds} ${plural(seconds, 'second', 'seconds')}.`,
  retry: 'Try again',
  editRequest: 'Edit the request',
  attestationTitle: 'Without an online check: the certificate',
  attestation:
    'Ask the person for their France Travail registration certificate: they download it from their personal space on francetravail.fr (“Mes attestations”), or request it on 3949.',
  journalNote: 'This attempt is recorded in the check log.',

  justificatif: {
    title: 'Job-seeker status check record',
    checkedAt: 'Date and time of the check',
    agent: 'Agent',
    agentUnknown: 'Not set',
    motif: 'Purpose',
    caseReference: 'Case reference',
    mode: 'Check method',
    source: 'Source',
    sourceNone: 'France Travail',
    verdict: 'Result',
    category: 'Category',
    person: 'Person',
    birthDate: 'Date of birth',
    journalReference: 'Log reference',
    footer:
      'Document drawn up by the agent from France Travail’s answer at the time of the check. It does not replace the registration certificate issued by France Travail.',
    print: 'Print',
    back: 'Back to the result',
  },
};

export default { fr, en };

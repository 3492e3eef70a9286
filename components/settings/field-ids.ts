import type { SettingKey } from '../../lib/settings/core/settings';
import type { Messages } from '../../lib/i18n/catalog';

/** Element ids of a setting's field, its hint, its error and its policy badge. */
export const fieldIds = (key: SettingKey) => ({
  input: `setting-${key}`,
  hint: `setting-${key}-hint`,
  error: `setting-${key}-error`,
  lock: `setting-${key}-lock`,
});

/** `aria-describedby` from the parts present. */
export const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter(Boolean).join(' ') || undefined;

const URL_KEYS: readonly SettingKey[] = [
  'eventsApiUrl',
  'partnerTokenUrl',
  'franceConnectIssuer',
  'statusApiUrl',
  'apiParticulierUrl',
  'gatewayUrl',
];

/** The French (or English) message shown next to a field the model refuses. */
export function errorMessage(t: Messages, key: SettingKey): string {
  const errors = t.settings.errors;
  if (URL_KEYS.includes(key)) return errors.url;
  switch (key) {
    case 'simulatorUrl':
    case 'recipientSiret':
    case 'verificationModes':
    case 'statusFields':
    case 'motifs':
    case 'agentName':
    case 'departements':
    case 'journalRetentionDays':
    case 'resultClearMinutes':
      return errors[key];
    case 'environment':
    case 'language':
      return errors.choice;
    default:
      return errors.secret;
  }
}

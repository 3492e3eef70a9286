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

/** The French (or English) message shown next to a field the model refuses. */
export function errorMessage(t: Messages, key: SettingKey): string {
  const errors = t.settings.errors;
  switch (key) {
    case 'gatewayUrl':
      return errors.url;
    case 'environment':
    case 'language':
      return errors.choice;
    default:
      return errors[key];
  }
}

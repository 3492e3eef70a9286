import type { SettingKey, SettingWarning } from '../../lib/settings/core/settings';
import type { Messages } from '../../lib/i18n/catalog';
import { useI18n } from '../shared/i18n';

const isKnownKey = (t: Messages, key: string): key is SettingKey => Object.hasOwn(t.settings.labels, key);

/** The sentence for one ignored setting, naming its key. */
export function warningText(t: Messages, warning: SettingWarning): string {
  const { warnings } = t.settings;
  if (warning.reason === 'secret-belongs-on-gateway') return warnings.secretOnGateway(warning.key);
  if (warning.reason === 'connection-key-retired') return warnings.connectionKeyRetired(warning.key);
  if (warning.reason === 'environment-missing') return warnings.environmentMissing;
  if (!isKnownKey(t, warning.key)) return warnings.unknownPolicy(warning.key);
  const label = t.settings.labels[warning.key];
  return warning.source === 'policy'
    ? warnings.invalidPolicy(warning.key, label)
    : warnings.invalidUser(warning.key, label);
}

/**
 * Settings ignored because their value is invalid (policy typos above all). Any page may
 * show it from `getSettingsView().warnings`.
 */
export function SettingsWarnings({ warnings }: { warnings: SettingWarning[] }) {
  const { t } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <section className="banner banner--warning" aria-labelledby="settings-warnings-title">
      <h2 id="settings-warnings-title">{t.settings.warnings.title}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.source}:${warning.key}`}>{warningText(t, warning)}</li>
        ))}
      </ul>
    </section>
  );
}

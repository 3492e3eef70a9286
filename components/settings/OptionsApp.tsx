import { useI18n } from '../shared/i18n';

/** The options page: connection, territory, verification rules, language. */
export function OptionsApp() {
  const { t } = useI18n();
  return (
    <div className="options">
      <header className="options__header">
        <h1>{t.settings.title}</h1>
        <p>{t.settings.intro}</p>
      </header>
    </div>
  );
}

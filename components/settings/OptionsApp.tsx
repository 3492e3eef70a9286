import { useEffect, useState } from 'react';
import type { SettingsView } from '../../lib/platform/messaging/protocol';
import { useI18n } from '../shared/i18n';
import { messagingSettingsClient, type SettingsClient } from './settings-client';
import { SettingsForm } from './SettingsForm';
import { SettingsWarnings } from './SettingsWarnings';
import './options.css';

type LoadState =
  { kind: 'loading' } | { kind: 'ready'; view: SettingsView } | { kind: 'failed'; message: string };

/** The options page: connection, territory, verification rules, language. */
export function OptionsApp({ client = messagingSettingsClient }: { client?: SettingsClient }) {
  const { t } = useI18n();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });

  // The tab's title follows the interface language (the HTML carries the French one).
  useEffect(() => {
    document.title = t.settings.title;
  }, [t]);

  useEffect(() => {
    let active = true;
    client
      .getSettingsView()
      .then((result) => {
        if (!active) return;
        setState(
          result.ok
            ? { kind: 'ready', view: result.value }
            : { kind: 'failed', message: t.errors[result.error.code] },
        );
      })
      .catch(() => {
        if (active) setState({ kind: 'failed', message: t.common.backgroundUnreachable });
      });
    return () => {
      active = false;
    };
    // Loaded once per page; a language change must not reload the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client]);

  return (
    <div className="options">
      <header className="options__header">
        <h1>{t.settings.title}</h1>
        <p>{t.settings.intro}</p>
      </header>
      <main id="contenu">
        {state.kind === 'loading' ? <p role="status">{t.settings.loading}</p> : null}
        {state.kind === 'failed' ? (
          <div className="banner banner--error" role="alert">
            <p>{t.settings.loadFailed}</p>
            <p>{state.message}</p>
          </div>
        ) : null}
        {state.kind === 'ready' ? (
          <>
            <SettingsWarnings warnings={state.view.warnings} />
            <SettingsForm
              view={state.view}
              client={client}
              onSaved={(view) => setState({ kind: 'ready', view })}
            />
          </>
        ) : null}
      </main>
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SettingsView } from '../../lib/platform/messaging/protocol';
import { agentMayChangeTerritory } from '../../lib/settings/organisation-view';
import { AgentSessionBar } from '../agent/AgentSessionBar';
import { useI18n } from '../shared/i18n';
import { ConnectionSection } from './ConnectionSection';
import { OrganisationSection, type OrganisationState } from './OrganisationSection';
import { messagingSettingsClient, type SettingsClient } from './settings-client';
import { SettingsForm } from './SettingsForm';
import { SettingsWarnings } from './SettingsWarnings';
import './options.css';

type LoadState =
  { kind: 'loading' } | { kind: 'ready'; view: SettingsView } | { kind: 'failed'; message: string };

/**
 * The options page: the organisation's settings (read-only, from its gateway), where the
 * extension connects (read-only, from the policy), and what is the agent's own: territory (if
 * the organisation allows it) and language.
 */
export function OptionsApp({ client = messagingSettingsClient }: { client?: SettingsClient }) {
  const { t } = useI18n();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [organisation, setOrganisation] = useState<OrganisationState>({ kind: 'loading' });
  const organisationHeading = useRef<HTMLHeadingElement>(null);

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

  // Asks the background; the caller shows "loading" first (the initial state, or a reload).
  const fetchOrganisation = useCallback(
    () =>
      client
        .getOrganisationSettings()
        .then((result) =>
          setOrganisation(
            result.ok ? { kind: 'ready', view: result.value } : { kind: 'failed', error: result.error },
          ),
        )
        .catch(() => setOrganisation({ kind: 'unreachable' })),
    [client],
  );

  useEffect(() => {
    void fetchOrganisation();
  }, [fetchOrganisation]);

  const reloadOrganisation = () => {
    setOrganisation({ kind: 'loading' });
    void fetchOrganisation();
  };

  // "Réessayer" disappears while loading: focus goes to the section's heading, not the page's top.
  const retry = () => {
    organisationHeading.current?.focus();
    reloadOrganisation();
  };

  const orgView = organisation.kind === 'ready' ? organisation.view : undefined;
  const fixedTerritory =
    orgView?.source === 'gateway' && orgView.status === 'loaded' && !agentMayChangeTerritory(orgView)
      ? orgView.settings.defaultTerritory
      : undefined;

  return (
    <div className="options">
      <header className="options__header">
        <h1>{t.settings.title}</h1>
        <p>{t.settings.intro}</p>
      </header>
      <AgentSessionBar onSessionChange={reloadOrganisation} />
      <main id="contenu">
        {state.kind === 'loading' ? <p role="status">{t.settings.loading}</p> : null}
        {state.kind === 'failed' ? (
          <div className="banner banner--error" role="alert">
            <p>{t.settings.loadFailed}</p>
            <p>{state.message}</p>
          </div>
        ) : null}
        {state.kind === 'ready' ? <SettingsWarnings warnings={state.view.warnings} /> : null}
        <OrganisationSection ref={organisationHeading} state={organisation} onRetry={retry} />
        {state.kind === 'ready' ? (
          <>
            <SettingsForm
              // A new key when the organisation's rule lands: the draft starts from it.
              key={fixedTerritory ? 'fixed' : 'free'}
              view={state.view}
              client={client}
              fixedTerritory={fixedTerritory}
              onSaved={(view) => setState({ kind: 'ready', view })}
            />
            <ConnectionSection
              view={state.view}
              testConnection={client.testConnection}
              permissions={client}
            />
          </>
        ) : null}
      </main>
    </div>
  );
}

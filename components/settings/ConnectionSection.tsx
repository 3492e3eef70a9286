import type { ConnectionTestReport, ServiceName, SettingsView } from '../../lib/platform/messaging/protocol';
import type { Result } from '../../lib/core/app-error';
import type { HostPermissions } from '../../lib/settings/host-access';
import type { SettingKey } from '../../lib/settings/core/settings';
import { useI18n } from '../shared/i18n';
import { ConnectionTest } from './ConnectionTest';
import { fieldIds } from './field-ids';
import { HostAccess } from './HostAccess';
import { PolicyBadge } from './PolicyBadge';
import { originsInUse } from './settings-form';

interface Props {
  view: SettingsView;
  testConnection: (service: ServiceName) => Promise<Result<ConnectionTestReport>>;
  permissions: HostPermissions;
}

const DIRECT_SERVICES: ServiceName[] = ['events', 'franceconnect', 'api-particulier'];

/**
 * Where the extension connects, read-only: the environment and the gateway (or the local
 * simulator) come from the organisation's policy, never from the agent. Access to the
 * gateway's host is asked here (a click), and each way can be tested.
 */
export function ConnectionSection({ view, testConnection, permissions }: Props) {
  const { t } = useI18n();
  const words = t.settings;
  const text = (key: SettingKey) => {
    const value = view.values[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  };
  const environment =
    view.values.environment === 'sandbox' || view.values.environment === 'production'
      ? view.values.environment
      : 'simulator';
  const direct = environment === 'simulator';
  const badge = (key: SettingKey) =>
    view.sources[key] === 'policy' ? <PolicyBadge id={fieldIds(key).lock} /> : null;
  const minutes = Number(view.values.resultClearMinutes);

  return (
    <section className="options__section" aria-labelledby="section-connection">
      <h2 id="section-connection">{words.sections.connection}</h2>
      <p>{words.connection.intro}</p>
      <dl className="options__facts">
        <div>
          <dt>{words.labels.environment}</dt>
          <dd>
            {words.environments[environment]} {badge('environment')}
          </dd>
        </div>
        {direct ? (
          <div>
            <dt>{words.labels.simulatorUrl}</dt>
            <dd>
              <code>{text('simulatorUrl')}</code> {badge('simulatorUrl')}
            </dd>
          </div>
        ) : (
          <div>
            <dt>{words.labels.gatewayUrl}</dt>
            <dd>
              {text('gatewayUrl') ? <code>{text('gatewayUrl')}</code> : words.connection.notSet}{' '}
              {badge('gatewayUrl')}
            </dd>
          </div>
        )}
        <div>
          <dt>{words.labels.resultClearMinutes}</dt>
          <dd>
            {words.connection.minutes(minutes)} {badge('resultClearMinutes')}
          </dd>
        </div>
      </dl>
      <HostAccess origins={originsInUse(view)} permissions={permissions} />
      {direct ? (
        DIRECT_SERVICES.map((service) => (
          <section key={service} className="options__service" aria-labelledby={`service-${service}`}>
            <h3 id={`service-${service}`}>{words.services[service]}</h3>
            <ConnectionTest service={service} run={testConnection} dirty={false} />
          </section>
        ))
      ) : (
        <ConnectionTest service="events" run={testConnection} dirty={false} />
      )}
    </section>
  );
}

import type { ReactNode } from 'react';
import { ENVIRONMENTS } from '../../lib/settings/core/constants';
import { CONNECTION_KEYS } from '../../lib/settings/core/connection-keys';
import type { SettingKey } from '../../lib/settings/core/settings';
import type { ConnectionTestReport, ServiceName } from '../../lib/platform/messaging/protocol';
import type { Result } from '../../lib/core/app-error';
import { useI18n } from '../shared/i18n';
import { ChoiceGroup } from './ChoiceGroup';
import { ConnectionTest } from './ConnectionTest';
import { errorMessage } from './field-ids';
import type { ConnectionSectionProps } from './form-context';
import { textValue } from './settings-form';
import { TextField } from './TextField';

/** The fields of each service, in the order an administrator reads its documentation. */
const SERVICES: { service: ServiceName; urls: SettingKey[]; ids: SettingKey[] }[] = [
  {
    service: 'events',
    urls: ['eventsApiUrl', 'partnerTokenUrl'],
    ids: ['partnerClientId'],
  },
  {
    service: 'franceconnect',
    urls: ['franceConnectIssuer', 'statusApiUrl'],
    ids: ['franceConnectClientId'],
  },
  {
    service: 'api-particulier',
    urls: ['apiParticulierUrl'],
    ids: ['recipientSiret'],
  },
];

interface Props extends ConnectionSectionProps {
  testConnection: (service: ServiceName) => Promise<Result<ConnectionTestReport>>;
  hostAccess: ReactNode;
}

/** Environment, endpoints and credentials, with a connection test per service. */
export function ConnectionSection(props: Props) {
  const { view, draft, locked, errors, setValue, preset, dirty } = props;
  const { t } = useI18n();
  const isLocked = (key: SettingKey) => locked.includes(key);
  const error = (key: SettingKey) => (errors.includes(key) ? errorMessage(t, key) : undefined);
  const connectionLocked = CONNECTION_KEYS.some((key) => view.sources[key] === 'policy');
  const environment = textValue(draft, 'environment');
  const presetValue = (key: SettingKey) => {
    const value = (preset as unknown as Record<string, unknown>)[key];
    return typeof value === 'string' ? value : undefined;
  };

  const text = (key: SettingKey, extra: { hint?: string; inputMode?: 'url' | 'numeric' | 'text' } = {}) => {
    const value = textValue(draft, key);
    const fallback = presetValue(key);
    return (
      <TextField
        key={key}
        name={key}
        value={isLocked(key) && !value && fallback ? fallback : value}
        onChange={(next) => setValue(key, next)}
        locked={isLocked(key)}
        error={error(key)}
        placeholder={fallback}
        {...extra}
      />
    );
  };

  return (
    <section className="options__section" aria-labelledby="section-connection">
      <h2 id="section-connection">{t.settings.sections.connection}</h2>
      {connectionLocked ? <p className="banner">{t.settings.connectionLocked}</p> : null}
      <ChoiceGroup
        name="environment"
        choices={ENVIRONMENTS.map((value) => ({
          value,
          label: t.settings.environments[value],
          hint: t.settings.environmentHints[value],
        }))}
        selected={environment}
        onChange={(value) => setValue('environment', value)}
        locked={isLocked('environment')}
        error={error('environment')}
      />
      {environment === 'simulator'
        ? text('simulatorUrl', { hint: t.settings.hints.simulatorUrl, inputMode: 'url' })
        : null}
      {SERVICES.map(({ service, urls, ids }) => (
        <section key={service} className="options__service" aria-labelledby={`service-${service}`}>
          <h3 id={`service-${service}`}>{t.settings.services[service]}</h3>
          {urls.map((key) =>
            text(key, {
              inputMode: 'url',
              // The preset is what an empty field means: only useful where one may type.
              hint: isLocked(key) ? undefined : t.settings.hints.endpoint(presetValue(key) ?? ''),
            }),
          )}
          {ids.map((key) =>
            text(
              key,
              key === 'recipientSiret' ? { inputMode: 'numeric', hint: t.settings.hints.recipientSiret } : {},
            ),
          )}
          <ConnectionTest service={service} run={props.testConnection} dirty={dirty} />
        </section>
      ))}
      {props.hostAccess}
    </section>
  );
}

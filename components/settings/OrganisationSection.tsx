import { forwardRef, type ReactNode } from 'react';
import type { AppError } from '../../lib/core/app-error';
import { formatDepartement } from '../../lib/settings/core/departements';
import type { OrganisationView } from '../../lib/platform/messaging/protocol';
import type { StatusField, VerificationMode } from '../../lib/settings/core/constants';
import { useI18n } from '../shared/i18n';

export type OrganisationState =
  | { kind: 'loading' }
  | { kind: 'ready'; view: OrganisationView }
  | { kind: 'failed'; error: AppError }
  /** The background did not answer at all. */
  | { kind: 'unreachable' };

interface Props {
  state: OrganisationState;
  onRetry: () => void;
}

/**
 * "Réglages de votre organisation", read-only: what the organisation's gateway sets for the
 * signed-in agent (or, in the simulator's direct mode, what applies there). Its content is a
 * polite live region: the asynchronous load is announced once it lands.
 */
export const OrganisationSection = forwardRef<HTMLHeadingElement, Props>(function OrganisationSection(
  { state, onRetry },
  headingRef,
) {
  const { t } = useI18n();
  const words = t.settings.organisation;
  const loading = state.kind === 'loading';
  return (
    <section className="options__section" aria-labelledby="section-organisation">
      <h2 id="section-organisation" ref={headingRef} tabIndex={-1}>
        {words.title}
      </h2>
      <div aria-live="polite" aria-busy={loading}>
        {loading ? <p>{words.loading}</p> : null}
        {state.kind === 'failed' || state.kind === 'unreachable' ? (
          <div className="banner banner--error">
            <p>{words.failed}</p>
            <p>{state.kind === 'failed' ? t.errors[state.error.code] : t.common.backgroundUnreachable}</p>
            <button type="button" className="button button--secondary" onClick={onRetry}>
              {words.retry}
            </button>
          </div>
        ) : null}
        {state.kind === 'ready' ? <OrganisationContent view={state.view} /> : null}
      </div>
    </section>
  );
});

function OrganisationContent({ view }: { view: OrganisationView }) {
  const { t } = useI18n();
  const words = t.settings.organisation;
  if (view.source === 'gateway' && view.status === 'not_configured') return <p>{words.notConfigured}</p>;
  if (view.source === 'gateway' && view.status === 'signed_out') {
    return <p>{words.signedOut(t.common.agent.signIn)}</p>;
  }
  if (view.source === 'gateway') {
    const { settings } = view;
    const mayChange = settings.agentMayChangeTerritory !== false;
    return (
      <>
        <p>{words.intro}</p>
        <dl className="options__facts">
          <Fact term={words.terms.organisation}>{settings.organisation.name}</Fact>
          <Fact term={words.terms.role}>{words.roles[settings.role]}</Fact>
          <CheckFacts
            modes={settings.verificationModes}
            motifs={settings.motifs}
            fields={settings.visibleResultFields}
          />
          <Fact term={words.terms.defaultTerritory}>
            <Territory codes={settings.defaultTerritory} />
          </Fact>
          <Fact term={words.terms.territoryChoice}>
            {mayChange ? words.territoryAllowed : words.territoryFixed}
          </Fact>
          <Fact term={words.terms.retention}>{words.days(settings.retention.journalDays)}</Fact>
        </dl>
      </>
    );
  }
  const { settings } = view;
  return (
    <>
      <p>{words.introDirect}</p>
      <p>{settings.fromPolicy ? words.fromPolicy : words.fromDefaults}</p>
      <dl className="options__facts">
        <Fact term={words.terms.organisation}>{words.noOrganisation}</Fact>
        <CheckFacts
          modes={settings.verificationModes}
          motifs={settings.motifs}
          fields={settings.statusFields}
        />
        <Fact term={words.terms.retention}>{words.days(settings.journalRetentionDays)}</Fact>
        <Fact term={words.terms.agentName}>{settings.agentName ?? words.noAgentName}</Fact>
      </dl>
    </>
  );
}

/** What a check may be, in either mode: its modes, its motifs, the result's visible fields. */
function CheckFacts(props: {
  modes: readonly VerificationMode[];
  motifs: readonly string[];
  fields: readonly StatusField[];
}) {
  const words = useI18n().t.settings.organisation;
  return (
    <>
      <Fact term={words.terms.verificationModes}>
        <Modes modes={props.modes} />
      </Fact>
      <Fact term={words.terms.motifs}>
        <List items={props.motifs} />
      </Fact>
      <Fact term={words.terms.visibleResultFields}>
        <Fields fields={props.fields} />
      </Fact>
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function List({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Modes({ modes }: { modes: readonly VerificationMode[] }) {
  const { t } = useI18n();
  return <List items={modes.map((mode) => t.settings.modes[mode])} />;
}

function Fields({ fields }: { fields: readonly StatusField[] }) {
  const { t } = useI18n();
  return <List items={fields.map((field) => t.settings.fields[field])} />;
}

function Territory({ codes }: { codes: readonly string[] }) {
  const { t } = useI18n();
  return codes.length === 0 ? (
    <>{t.settings.organisation.allFrance}</>
  ) : (
    <List items={codes.map(formatDepartement)} />
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LANGUAGES } from '../../lib/settings/core/constants';
import { lockedFromSources } from '../../lib/settings/core/locks';
import type { SettingsView } from '../../lib/platform/messaging/protocol';
import { useI18n } from '../shared/i18n';
import { ChoiceGroup } from './ChoiceGroup';
import { DepartementPicker } from './DepartementPicker';
import { ErrorSummary } from './ErrorSummary';
import { errorMessage } from './field-ids';
import type { SettingsClient } from './settings-client';
import {
  buildChange,
  draftFromView,
  invalidKeys,
  isEmptyChange,
  type AgentKey,
  type Draft,
} from './settings-form';

interface SettingsFormProps {
  view: SettingsView;
  client: Pick<SettingsClient, 'saveUserSettings'>;
  onSaved: (view: SettingsView) => void;
  /** The organisation sets the territory: its départements, read-only. */
  fixedTerritory?: string[];
}

/**
 * What is the agent's own: their territory (unless the organisation or the policy sets it)
 * and the interface language. Validated with the model's schemas on submit: a message beside
 * the field and a focused summary on top.
 */
export function SettingsForm({ view, client, onSaved, fixedTerritory }: SettingsFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => draftFromView(view));
  const [errors, setErrors] = useState<AgentKey[]>([]);
  const [failure, setFailure] = useState<string>();
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [summaryShown, setSummaryShown] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (summaryShown > 0) summaryRef.current?.focus();
  }, [summaryShown]);

  const locked = lockedFromSources(view.sources);
  const territoryLocked = locked.includes('departements') || fixedTerritory !== undefined;
  const change = buildChange(view, draft, fixedTerritory !== undefined);

  const showFailure = (message: string) => {
    setFailure(message);
    setSummaryShown((count) => count + 1);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = invalidKeys(change);
    setErrors(invalid);
    setFailure(undefined);
    setStatus('');
    if (invalid.length > 0) {
      setSummaryShown((count) => count + 1);
      return;
    }
    if (isEmptyChange(change)) {
      setStatus(t.settings.nothingToSave);
      return;
    }
    setSaving(true);
    client
      .saveUserSettings(change)
      .then((result) => {
        if (!result.ok) return showFailure(t.errors[result.error.code]);
        setDraft(draftFromView(result.value));
        onSaved(result.value);
        return setStatus(t.settings.saved);
      })
      .catch(() => showFailure(t.errors.internal))
      .finally(() => setSaving(false));
  };

  return (
    <form className="options__form" noValidate onSubmit={submit}>
      <ErrorSummary ref={summaryRef} keys={errors} message={failure} />
      <section className="options__section" aria-labelledby="section-territory">
        <h2 id="section-territory">{t.settings.sections.territory}</h2>
        {fixedTerritory ? <p>{t.settings.territoryFixed}</p> : null}
        <DepartementPicker
          selected={fixedTerritory ?? draft.departements}
          onChange={(codes) => setDraft((current) => ({ ...current, departements: codes }))}
          locked={territoryLocked}
          error={errors.includes('departements') ? errorMessage(t, 'departements') : undefined}
        />
      </section>
      <section className="options__section" aria-labelledby="section-language">
        <h2 id="section-language">{t.settings.sections.language}</h2>
        <ChoiceGroup
          name="language"
          choices={LANGUAGES.map((value) => ({ value, label: t.settings.languages[value], lang: value }))}
          selected={draft.language}
          onChange={(value) => setDraft((current) => ({ ...current, language: String(value) }))}
          locked={locked.includes('language')}
        />
      </section>
      <div className="options__actions">
        <button type="submit" className="button" disabled={saving}>
          {saving ? t.settings.saving : t.settings.save}
        </button>
        <p role="status" className="options__status">
          {status}
        </p>
      </div>
    </form>
  );
}

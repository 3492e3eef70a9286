import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LANGUAGES } from '../../lib/settings/core/constants';
import { lockedFromSources } from '../../lib/settings/core/locks';
import type { SettingKey } from '../../lib/settings/core/settings';
import type { SettingsView } from '../../lib/platform/messaging/protocol';
import { useI18n } from '../shared/i18n';
import { ChoiceGroup } from './ChoiceGroup';
import { ConnectionSection } from './ConnectionSection';
import { DepartementPicker } from './DepartementPicker';
import { ErrorSummary } from './ErrorSummary';
import { errorMessage } from './field-ids';
import { HostAccess } from './HostAccess';
import type { SettingsClient } from './settings-client';
import {
  buildChange,
  draftFromView,
  endpointsFor,
  invalidKeys,
  isEmptyChange,
  listValue,
  originsInUse,
  originsNeededBy,
  textValue,
  type FormState,
} from './settings-form';
import { VerificationSection } from './VerificationSection';

interface SettingsFormProps {
  view: SettingsView;
  client: SettingsClient;
  onSaved: (view: SettingsView) => void;
}

/**
 * The editable settings. Validated with the model's schemas on submit: messages beside
 * each field and a focused summary on top. Host access for a custom endpoint is asked from
 * the submit itself (a user gesture), before saving.
 */
export function SettingsForm({ view, client, onSaved }: SettingsFormProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<FormState>(() => ({ draft: draftFromView(view) }));
  const [errors, setErrors] = useState<SettingKey[]>([]);
  const [failure, setFailure] = useState<string>();
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [summaryShown, setSummaryShown] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (summaryShown > 0) summaryRef.current?.focus();
  }, [summaryShown]);

  const locked = lockedFromSources(view.sources);
  const change = buildChange(view, form);
  const dirty = !isEmptyChange(change);
  const preset = endpointsFor({
    environment: textValue(form.draft, 'environment'),
    simulatorUrl: textValue(form.draft, 'simulatorUrl') || undefined,
  });

  const setValue = (key: SettingKey, value: string | string[]) =>
    setForm((current) => ({ ...current, draft: { ...current.draft, [key]: value } }));

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
    if (!dirty) {
      setStatus(t.settings.nothingToSave);
      return;
    }
    const origins = originsNeededBy(change);
    // Asked before any other await: the browser only shows the prompt within the gesture.
    const permission = origins.length > 0 ? client.request(origins) : Promise.resolve(true);
    setSaving(true);
    permission
      .then(async (granted) => {
        if (!granted) return showFailure(t.settings.permissionDenied(origins.join(', ')));
        const result = await client.saveUserSettings(change);
        if (!result.ok) return showFailure(t.errors[result.error.code]);
        setForm({ draft: draftFromView(result.value) });
        onSaved(result.value);
        return setStatus(t.settings.saved);
      })
      .catch(() => showFailure(t.errors.internal))
      .finally(() => setSaving(false));
  };

  const sectionProps = { view, draft: form.draft, locked, errors, setValue };
  return (
    <form className="options__form" noValidate onSubmit={submit}>
      <ErrorSummary ref={summaryRef} keys={errors} message={failure} />
      <ConnectionSection
        {...sectionProps}
        preset={preset}
        dirty={dirty}
        testConnection={client.testConnection}
        hostAccess={<HostAccess origins={originsInUse(view)} permissions={client} />}
      />
      <section className="options__section" aria-labelledby="section-territory">
        <h2 id="section-territory">{t.settings.sections.territory}</h2>
        <DepartementPicker
          selected={listValue(form.draft, 'departements')}
          onChange={(codes) => setValue('departements', codes)}
          locked={locked.includes('departements')}
          error={errors.includes('departements') ? errorMessage(t, 'departements') : undefined}
        />
      </section>
      <VerificationSection {...sectionProps} />
      <section className="options__section" aria-labelledby="section-language">
        <h2 id="section-language">{t.settings.sections.language}</h2>
        <ChoiceGroup
          name="language"
          choices={LANGUAGES.map((value) => ({ value, label: t.settings.languages[value], lang: value }))}
          selected={textValue(form.draft, 'language')}
          onChange={(value) => setValue('language', value)}
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

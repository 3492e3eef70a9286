import { STATUS_FIELDS, VERIFICATION_MODES } from '../../lib/settings/core/constants';
import type { SettingKey } from '../../lib/settings/core/settings';
import { useI18n } from '../shared/i18n';
import { ChoiceGroup } from './ChoiceGroup';
import { errorMessage } from './field-ids';
import type { SectionProps } from './form-context';
import { listValue, textValue } from './settings-form';
import { TextField } from './TextField';

/** Check modes, purposes, visible result sections, the agent's name and retention. */
export function VerificationSection({ draft, locked, errors, setValue }: SectionProps) {
  const { t } = useI18n();
  const isLocked = (key: SettingKey) => locked.includes(key);
  const error = (key: SettingKey) => (errors.includes(key) ? errorMessage(t, key) : undefined);
  const text = (key: SettingKey, hint: string, extra: { multiline?: boolean; numeric?: boolean } = {}) => (
    <TextField
      name={key}
      value={textValue(draft, key)}
      onChange={(next) => setValue(key, next)}
      locked={isLocked(key)}
      error={error(key)}
      hint={hint}
      multiline={extra.multiline}
      inputMode={extra.numeric ? 'numeric' : undefined}
    />
  );
  return (
    <section className="options__section" aria-labelledby="section-verification">
      <h2 id="section-verification">{t.settings.sections.verification}</h2>
      <ChoiceGroup
        name="verificationModes"
        choices={VERIFICATION_MODES.map((value) => ({ value, label: t.settings.modes[value] }))}
        selected={listValue(draft, 'verificationModes')}
        onChange={(value) => setValue('verificationModes', value)}
        locked={isLocked('verificationModes')}
        error={error('verificationModes')}
      />
      {text('motifs', t.settings.hints.motifs, { multiline: true })}
      <ChoiceGroup
        name="statusFields"
        choices={STATUS_FIELDS.map((value) => ({ value, label: t.settings.fields[value] }))}
        selected={listValue(draft, 'statusFields')}
        onChange={(value) => setValue('statusFields', value)}
        locked={isLocked('statusFields')}
        error={error('statusFields')}
      />
      {text('agentName', t.settings.hints.agentName)}
      {text('journalRetentionDays', t.settings.hints.journalRetentionDays, { numeric: true })}
      {text('resultClearMinutes', t.settings.hints.resultClearMinutes, { numeric: true })}
    </section>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { JournalEntry } from '../../lib/journal/core/types';
import { IDENTIFIER_MAX_LENGTH } from '../../lib/status/core/identifier';
import { Field } from '../shared/Field';
import { useI18n } from '../shared/i18n';
import type { JournalClient } from './journal-client';
import { JournalTable } from './JournalTable';

type LookupState =
  { kind: 'idle' } | { kind: 'error'; message: string } | { kind: 'done'; entries: JournalEntry[] };

/** "A-t-on vérifié cet identifiant ?": the background hashes it and matches fingerprints. */
export function IdentifierLookup({ client }: { client: JournalClient }) {
  const { t } = useI18n();
  const l = t.journal.lookup;
  const id = useId();
  const [value, setValue] = useState('');
  const [state, setState] = useState<LookupState>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The background fingerprints it in the journal's form (lib/status/core/identifier.ts).
    const identifiant = value.trim();
    if (identifiant === '') {
      setState({ kind: 'error', message: l.required });
      return;
    }
    setBusy(true);
    const result = await client
      .findJournalByIdentifier(identifiant)
      .catch(() => ({ ok: false as const, error: { code: 'internal' as const } }));
    setBusy(false);
    // The identifier is not kept once the answer is in.
    setValue('');
    setState(result.ok ? { kind: 'done', entries: result.value } : { kind: 'error', message: l.failed });
  };

  return (
    <section className="journal__lookup" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{l.title}</h3>
      <p className="field__hint">{l.help}</p>
      <form className="journal__lookup-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field id={`${id}-input`} label={l.label}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              maxLength={IDENTIFIER_MAX_LENGTH + 20}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {l.submit}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {state.kind === 'error' ? <p className="field__error">{state.message}</p> : null}
        {state.kind === 'done' ? (
          <p>{state.entries.length === 0 ? l.none : l.found(state.entries.length)}</p>
        ) : null}
      </div>
      {state.kind === 'done' && state.entries.length > 0 ? (
        <JournalTable entries={state.entries} caption={l.title} />
      ) : null}
    </section>
  );
}

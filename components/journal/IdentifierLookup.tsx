import { useId, useState, type FormEvent } from 'react';
import type { JournalEntry } from '../../lib/journal/core/types';
import { journalErrorText } from '../../lib/journal/error-text';
import { IDENTIFIER_MAX_LENGTH } from '../../lib/status/core/identifier';
import { Field } from '../shared/Field';
import { useI18n } from '../shared/i18n';
import { useIdleClear } from '../status/use-idle-clear';
import { settle, type JournalClient } from './journal-client';
import { JournalTable } from './JournalTable';

type LookupState =
  | { kind: 'idle'; notice: string | null }
  | { kind: 'error'; message: string }
  | { kind: 'done'; entries: JournalEntry[] };

interface IdentifierLookupProps {
  client: JournalClient;
  /** The central journal: the gateway fingerprints the identifier (and journals the search). */
  central: boolean;
  /** The idle delay after which a search's result is cleared, as a check's is. */
  clearMinutes: number;
}

/** "A-t-on vérifié cet identifiant ?": the background (or the gateway) matches fingerprints. */
export function IdentifierLookup({ client, central, clearMinutes }: IdentifierLookupProps) {
  const { t } = useI18n();
  const j = t.journal;
  const l = j.lookup;
  const id = useId();
  const [value, setValue] = useState('');
  const [state, setState] = useState<LookupState>({ kind: 'idle', notice: null });
  const [busy, setBusy] = useState(false);

  // Which checks were made about one person is itself sensitive: not left on screen.
  useIdleClear(
    state.kind === 'done',
    clearMinutes,
    () => setState({ kind: 'idle', notice: l.clearedIdle }),
    () => setState({ kind: 'idle', notice: null }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The background fingerprints it in the journal's form (lib/status/core/identifier.ts).
    const identifiant = value.trim();
    if (identifiant === '') {
      setState({ kind: 'error', message: l.required });
      return;
    }
    setBusy(true);
    const result = await settle(client.findJournalByIdentifier(identifiant));
    setBusy(false);
    // The identifier is not kept once the answer is in.
    setValue('');
    setState(
      result.ok
        ? { kind: 'done', entries: result.value }
        : { kind: 'error', message: journalErrorText(result.error, j, l.failed) },
    );
  };

  return (
    <section className="journal__lookup" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{l.title}</h3>
      <p className="field__hint">{central ? l.helpCentral : l.help}</p>
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
        {state.kind === 'idle' && state.notice ? <p>{state.notice}</p> : null}
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

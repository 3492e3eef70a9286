import type { ApiAccess } from '../platform/auth/api-access';
import type { Endpoints } from '../settings/core/endpoints';
import type { ResolvedSettings } from '../settings/core/settings';
import { fail, ok, type AppError, type Result } from '../core/app-error';
import type { RecordCheckInput } from '../journal/record';
import type { CheckOutcome, JournalEntry } from '../journal/core/types';
import type { VerifyRequest, VerifyResponse } from './core/check';
import { checkIdentifier } from './core/identifier';
import { lookupByIdentifiant, readWithFranceConnect, type StatusLookup } from './clients';
import { minimiseStatus } from './core/minimise-status';

/** What a direct check needs: read once per check and passed down (the journal included). */
export interface VerifyDeps {
  access: ApiAccess;
  settings: () => Promise<ResolvedSettings>;
  endpoints: () => Promise<Endpoints>;
  record: (input: RecordCheckInput) => Promise<JournalEntry>;
}

/** How a check ends in the journal: the person's refusal is not an error. */
export function journalOutcome(result: Result<StatusLookup>): {
  outcome: CheckOutcome;
  errorCode: string | null;
} {
  if (!result.ok) {
    return result.error.code === 'access_denied'
      ? { outcome: 'refused', errorCode: null }
      : { outcome: 'error', errorCode: result.error.code };
  }
  if (result.value.kind === 'not_found') return { outcome: 'not_found', errorCode: null };
  const registration = result.value.status.registration;
  if (!registration) return { outcome: 'not_covered', errorCode: null };
  return {
    outcome: registration.registeredNow ? 'registered' : 'no_longer_registered',
    errorCode: null,
  };
}

async function lookup(
  request: VerifyRequest,
  deps: VerifyDeps,
  settings: ResolvedSettings,
): Promise<Result<StatusLookup>> {
  if (!settings.verificationModes.includes(request.mode)) {
    return fail({ code: 'forbidden', detail: `Mode "${request.mode}" is not allowed by the organisation` });
  }
  if (request.mode === 'franceconnect') return readWithFranceConnect(deps.access);
  const identifiant = checkIdentifier(request.identifiant ?? '');
  if (!identifiant.ok) {
    return fail({ code: 'invalid_request', detail: `Identifier refused: ${identifiant.problem}` });
  }
  const { recipientSiret } = await deps.endpoints();
  if (!recipientSiret) {
    return fail({ code: 'not_configured', service: 'api-particulier', detail: 'Missing recipient SIRET' });
  }
  return lookupByIdentifiant(deps.access, identifiant.value, recipientSiret);
}

/**
 * Runs one check and journals it, whatever its outcome (errors and refusals included).
 * The status goes back in the reply only, minimised to the fields the organisation shows;
 * it is never stored nor logged. A check that cannot be journaled shows no result.
 */
export async function verifyStatus(
  request: VerifyRequest,
  deps: VerifyDeps,
): Promise<Result<VerifyResponse>> {
  const settings = await deps.settings();
  const result = await lookup(request, deps, settings);
  const { outcome, errorCode } = journalOutcome(result);
  let entry: JournalEntry;
  try {
    entry = await deps.record({
      agent: settings.agentName ?? null,
      mode: request.mode,
      motif: request.motif,
      caseReference: request.caseReference,
      ...(request.mode === 'identifiant' && request.identifiant ? { identifiant: request.identifiant } : {}),
      outcome,
      errorCode,
      categoryCode:
        result.ok && result.value.kind === 'found'
          ? (result.value.status.registration?.categoryCode ?? null)
          : null,
    });
  } catch {
    const error: AppError = { code: 'internal', detail: 'The check could not be journaled' };
    return fail(error);
  }
  if (!result.ok) return result;
  return ok({
    status: result.value.kind === 'found' ? minimiseStatus(result.value.status, settings.statusFields) : null,
    journalEntryId: entry.id,
  });
}

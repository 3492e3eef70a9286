/**
 * Payloads of the real services (fixtures/real/, each with its source in SOURCES.md) that the
 * simulator serves as they are: API Particulier's sandbox people and its documented errors.
 */
import { listReal, readReal } from '../../fixtures/real/read';
import {
  apiParticulierErrorSchema,
  apiParticulierStatutSchema,
} from '../../lib/status/core/wire/api-particulier';
import type { ApiParticulierStatut } from '../../lib/status/core/wire/api-particulier';

export interface SandboxPerson {
  identifiant: string;
  file: string;
  payload: ApiParticulierStatut;
}

/** The sandbox's people (`default`, `123456A`…`123462A`), one file each. */
export function sandboxPeople(): SandboxPerson[] {
  return listReal('api-particulier', /^sandbox-(200|id-.*)\.json$/).map((file) => {
    const payload = apiParticulierStatutSchema.parse(readReal(`api-particulier/${file}`));
    if (!payload.data.identifiant) throw new Error(`${file}: no identifiant`);
    return { identifiant: payload.data.identifiant, file, payload };
  });
}

export interface RealError {
  title: string;
  detail: string;
  source: unknown;
  meta: unknown;
}

/** API Particulier's error examples of this endpoint (its OpenAPI), by error code. */
export function realErrors(): Record<string, RealError> {
  const errors: Record<string, RealError> = {};
  for (const file of listReal('api-particulier', /^openapi-/)) {
    const [error] = apiParticulierErrorSchema.parse(readReal(`api-particulier/${file}`)).errors;
    if (error) {
      errors[error.code] = {
        title: error.title,
        detail: error.detail,
        source: error.source ?? null,
        meta: error.meta ?? {},
      };
    }
  }
  return errors;
}

/** The blocks of `data` and the token scope each needs (sandbox authorisations). */
export function statutScopes(): string[] {
  return (readReal('api-particulier/scopes-statut-with-identifiant.json') as string[]).slice();
}

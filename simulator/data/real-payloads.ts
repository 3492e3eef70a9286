/**
 * Payloads of the real services (fixtures/real/, each with its source in SOURCES.md) that the
 * simulator serves as they are: API Particulier's sandbox people and its documented errors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  apiParticulierErrorSchema,
  apiParticulierStatutSchema,
} from '../../lib/status/core/wire/api-particulier';
import type { ApiParticulierStatut } from '../../lib/status/core/wire/api-particulier';

// Resolved like the commune table, so it also works where import.meta.url is not a file URL.
const REAL = dirname(createRequire(import.meta.url).resolve('../../fixtures/real/SOURCES.md'));

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(join(REAL, path), 'utf8'));
}

export interface SandboxPerson {
  identifiant: string;
  file: string;
  payload: ApiParticulierStatut;
}

/** The sandbox's people (`default`, `123456A`…`123462A`), one file each. */
export function sandboxPeople(): SandboxPerson[] {
  return readdirSync(join(REAL, 'api-particulier'))
    .filter((file) => /^sandbox-(200|id-.*)\.json$/.test(file))
    .sort()
    .map((file) => {
      const payload = apiParticulierStatutSchema.parse(readJson(`api-particulier/${file}`));
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
  for (const file of readdirSync(join(REAL, 'api-particulier')).filter((f) => f.startsWith('openapi-'))) {
    const [error] = apiParticulierErrorSchema.parse(readJson(`api-particulier/${file}`)).errors;
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
  return (readJson('api-particulier/scopes-statut-with-identifiant.json') as string[]).slice();
}

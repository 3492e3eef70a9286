import type { Result } from '../core/app-error';
import type { VerifyRequest, VerifyResponse } from './core/check';

/**
 * Status checks in the domain's terms: the background's handler asks this, never an HTTP
 * path. A check is journaled whatever its outcome, and its status comes back minimised to the
 * organisation's sections. "Direct" (./verify.ts over ./clients.ts) does it in the extension;
 * an organisation gateway does it on its server.
 */
export interface StatusChecks {
  verify(request: VerifyRequest): Promise<Result<VerifyResponse>>;
}

/** Opaque partner access tokens that really expire (and can be revoked from the admin). */
import { randomBytes } from 'node:crypto';

export interface PartnerToken {
  clientId: string;
  scope: string;
  expiresAt: number;
}

export class PartnerTokenStore {
  readonly #tokens = new Map<string, PartnerToken>();

  constructor(
    public lifetimeSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  issue(clientId: string, scope: string): { token: string; expiresIn: number } {
    this.#purge();
    const token = randomBytes(24).toString('base64url');
    this.#tokens.set(token, { clientId, scope, expiresAt: this.now() + this.lifetimeSeconds * 1000 });
    return { token, expiresIn: this.lifetimeSeconds };
  }

  /** The token's record when valid; undefined when unknown, expired or revoked. */
  verify(token: string | undefined): PartnerToken | undefined {
    if (!token) return undefined;
    const record = this.#tokens.get(token);
    if (!record) return undefined;
    if (record.expiresAt <= this.now()) {
      this.#tokens.delete(token);
      return undefined;
    }
    return record;
  }

  revokeAll(): void {
    this.#tokens.clear();
  }

  #purge(): void {
    const now = this.now();
    for (const [token, record] of this.#tokens) if (record.expiresAt <= now) this.#tokens.delete(token);
  }
}

// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { agentIdentity, signedInSession, useRealGateway } from './real-gateway.test-support';
import { agentAccessItem } from '../platform/storage/items';
import { createGatewayRequester } from './gateway-request';

/**
 * The request helper against the REAL gateway (PGlite) and the simulator: DPoP-bound calls,
 * the refresh after a refused token, and the gateway's own problem documents.
 */
const real = useRealGateway();

async function signedIn(agentKey: string) {
  const session = await signedInSession(real.gateway, agentIdentity(agentKey));
  return { session, requester: createGatewayRequester(session) };
}

const settingsShape = z.object({ role: z.string(), motifs: z.array(z.string()) });

describe('gateway requests against the real gateway', { timeout: 60_000 }, () => {
  it('reads the organisation’s settings with a DPoP-bound token', async () => {
    const { requester } = await signedIn('riom-agent');
    const settings = await requester.json({ path: '/settings' }, settingsShape);
    expect(settings).toMatchObject({ ok: true, value: { role: 'agent' } });
    expect(settings.ok && settings.value.motifs).toContain('Accompagnement vers l’emploi');
  });

  it('refreshes once and retries when the gateway no longer knows the access token', async () => {
    const { requester } = await signedIn('riom-agent');
    const access = (await agentAccessItem.getValue())!;
    // A token the gateway never issued (as after a revocation of the access token only).
    await agentAccessItem.setValue({ ...access, accessToken: `${access.accessToken.slice(0, -4)}AAAA` });
    const settings = await requester.json({ path: '/settings' }, settingsShape);
    expect(settings.ok).toBe(true);
    expect((await agentAccessItem.getValue())!.accessToken).not.toBe(access.accessToken);
  });

  it('turns the gateway’s refusals into their own codes', async () => {
    const { requester } = await signedIn('riom-agent');
    expect(await requester.send({ path: '/journal' })).toMatchObject({
      ok: false,
      error: { code: 'role_required', status: 403, providerCode: 'role-required' },
    });
    expect(
      await requester.send({
        method: 'POST',
        path: '/checks/identifier',
        body: { identifiant: '1234567A', motif: 'Curiosité', caseReference: 'AS-2026-1' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'motif_refused', status: 422 } });
  });

  it('asks to sign in again after signing out', async () => {
    const { session, requester } = await signedIn('ccas-agent');
    await session.signOut();
    expect(await requester.send({ path: '/settings' })).toMatchObject({
      ok: false,
      error: { code: 'signed_out' },
    });
  });
});

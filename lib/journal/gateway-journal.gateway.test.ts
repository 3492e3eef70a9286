// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { agentIdentity, signedInSession, useRealGateway } from '../agent-session/real-gateway.test-support';
import { createGatewayRequester } from '../agent-session/gateway-request';
import { createGatewayJournal } from './gateway-journal';

/**
 * The central journal reader against the REAL gateway (PGlite, its journal routes and hash
 * chain) and the simulator's ProConnect, through the real agent session (DPoP) and request
 * helper: what an agent and the organisation's DPO each see and may do.
 */
const real = useRealGateway();

async function signedIn(agentKey: string) {
  const requester = createGatewayRequester(await signedInSession(real.gateway, agentIdentity(agentKey)));
  return { requester, journal: createGatewayJournal(requester) };
}

const MOTIF = 'Instruction d’une demande d’aide sociale';

describe('the central journal through the real gateway', { timeout: 60_000 }, () => {
  it('shows an agent their own check, and refuses them the organisation’s journal', async () => {
    const { requester, journal } = await signedIn('riom-agent');
    const checked = await requester.send({
      method: 'POST',
      path: '/checks/identifier',
      body: { identifiant: '1234567A', motif: MOTIF, caseReference: 'JRN-AGENT-1' },
    });
    expect(checked.ok).toBe(true);

    expect(await journal.access()).toEqual({ ok: true, value: { source: 'gateway', oversight: false } });
    const mine = await journal.list({}, 'mine');
    expect(mine.ok).toBe(true);
    const entry = mine.ok ? mine.value.entries.find((e) => e.caseReference === 'JRN-AGENT-1') : undefined;
    expect(entry).toMatchObject({
      agent: 'Camille Martin',
      mode: 'identifiant',
      motif: MOTIF,
      outcome: 'registered',
      fingerprint: null,
    });
    expect(JSON.stringify(mine)).not.toContain('1234567A');

    expect(await journal.list({}, 'organisation')).toMatchObject({
      ok: false,
      error: { code: 'role_required', status: 403 },
    });
    expect(await journal.findByIdentifier('1234567A')).toMatchObject({
      ok: false,
      error: { code: 'role_required' },
    });
    expect(await journal.verifyChain()).toMatchObject({ ok: false, error: { code: 'role_required' } });
  });

  it('lets the DPO see the organisation’s checks, search an identifier, export and verify the chain', async () => {
    const { journal } = await signedIn('riom-dpo');
    expect(await journal.access()).toEqual({ ok: true, value: { source: 'gateway', oversight: true } });

    const all = await journal.list({}, 'organisation');
    const agentsCheck = all.ok ? all.value.entries.find((e) => e.caseReference === 'JRN-AGENT-1') : undefined;
    expect(agentsCheck?.agent).toBe('Camille Martin');
    // The DPO's own list does not hold the agent's check.
    const mine = await journal.list({}, 'mine');
    expect(mine.ok && mine.value.entries.some((e) => e.caseReference === 'JRN-AGENT-1')).toBe(false);

    // The gateway fingerprints it however it is typed.
    const found = await journal.findByIdentifier('1234567a');
    expect(found.ok && found.value.map((e) => e.caseReference)).toContain('JRN-AGENT-1');
    const none = await journal.findByIdentifier('7654321B');
    expect(none).toEqual({ ok: true, value: [] });
    expect(await journal.findByIdentifier('pas un identifiant')).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', providerCode: 'invalid-identifier' },
    });

    const file = await journal.exportCsv({});
    expect(file.ok).toBe(true);
    const csv = file.ok && file.value ? file.value.csv : '';
    expect(csv.startsWith('\uFEFFseq,id,at,kind,')).toBe(true);
    expect(csv).toContain('JRN-AGENT-1');
    expect(csv).toContain('identifier_search');
    expect(csv).not.toContain('1234567A');

    const report = await journal.verifyChain();
    expect(report).toMatchObject({ ok: true, value: { ok: true, firstBreak: null, firstSeq: 1 } });
    expect(report.ok && report.value && report.value.checked).toBeGreaterThanOrEqual(4);
    console.warn(
      `[figures] central journal: ${all.ok ? all.value.entries.length : 0} organisation checks listed, CSV ${csv.length} chars, chain ${report.ok && report.value ? report.value.checked : 0} entries verified`,
    );
  });

  it('narrows the organisation’s checks to a period on the gateway', async () => {
    const { journal } = await signedIn('riom-dpo');
    const past = await journal.list({ from: '2001-01-01', to: '2001-12-31' }, 'organisation');
    expect(past).toEqual({ ok: true, value: { entries: [], truncated: false } });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { boundaryInstant, createGatewayJournal } from './gateway-journal';
import { centralCheck, fakeGateway, problemResponse } from './fake-gateway';

const checks = (list: ReturnType<typeof centralCheck>[], nextBefore: number | null = null) =>
  Response.json({ checks: list, nextBefore });

describe('the central journal read from the gateway', () => {
  it('knows the agent’s role from the organisation’s settings', async () => {
    const roles = ['agent', 'referent', 'dpo'];
    for (const role of roles) {
      const { requester, calls } = fakeGateway(() => Response.json({ role, motifs: [] }));
      const access = await createGatewayJournal(requester).access();
      expect(access).toEqual({ ok: true, value: { source: 'gateway', oversight: role !== 'agent' } });
      expect(calls).toEqual([{ method: 'GET', path: '/settings', body: undefined }]);
    }
  });

  it('lists the agent’s own checks, naming who checked, and filters motif and outcome here', async () => {
    const { requester, calls } = fakeGateway(() =>
      checks([
        centralCheck({ seq: 3, caseReference: 'B', outcome: null, mode: null, motif: null }),
        centralCheck({ seq: 2, caseReference: 'A', outcome: 'not_found', agent: null }),
        centralCheck({ seq: 1, caseReference: 'C', motif: 'Domiciliation' }),
      ]),
    );
    const journal = createGatewayJournal(requester);
    const all = await journal.list({ from: '2026-03-01', to: '2026-03-31' }, 'mine');
    expect(all.ok).toBe(true);
    const entries = all.ok ? all.value.entries : [];
    expect(entries.map((e) => e.caseReference)).toEqual(['B', 'A', 'C']);
    expect(entries[0]).toMatchObject({ outcome: 'pending', mode: null, motif: '', fingerprint: null });
    expect(entries[1]?.agent).toBeNull();
    expect(entries[2]?.agent).toBe('Camille Martin');
    const url = new URL(calls[0]!.path, 'https://gw.test');
    expect(url.pathname).toBe('/journal/mine');
    expect(url.searchParams.get('from')).toBe(boundaryInstant('2026-03-01', false));
    expect(url.searchParams.get('to')).toBe(boundaryInstant('2026-03-31', true));
    expect(url.searchParams.get('limit')).toBe('500');
    // /journal/mine has no motif filter: the reader applies it.
    const filtered = await journal.list({ motif: 'Domiciliation' }, 'mine');
    expect(filtered.ok && filtered.value.entries.map((e) => e.caseReference)).toEqual(['C']);
    expect(new URL(calls[1]!.path, 'https://gw.test').searchParams.has('motif')).toBe(false);
  });

  it('asks the organisation’s checks with the filters the gateway knows, and says when more exist', async () => {
    const { requester, calls } = fakeGateway(() => checks([centralCheck({ seq: 9 })], 9));
    const listed = await createGatewayJournal(requester).list(
      { motif: 'Domiciliation', outcome: 'not_found' },
      'organisation',
    );
    expect(listed).toMatchObject({ ok: true, value: { truncated: true } });
    const url = new URL(calls[0]!.path, 'https://gw.test');
    expect(url.pathname).toBe('/journal');
    expect(url.searchParams.get('motif')).toBe('Domiciliation');
    expect(url.searchParams.get('outcome')).toBe('not_found');
  });

  it('brings the gateway’s refusal of the organisation’s view back as role_required', async () => {
    const { requester } = fakeGateway(() => problemResponse(403, 'role-required'));
    expect(await createGatewayJournal(requester).list({}, 'organisation')).toMatchObject({
      ok: false,
      error: { code: 'role_required', status: 403 },
    });
  });

  it('refuses an answer of the wrong shape rather than showing it', async () => {
    const { requester } = fakeGateway(() => Response.json({ checks: [{ checkId: 'not-a-uuid' }] }));
    expect(await createGatewayJournal(requester).list({}, 'mine')).toMatchObject({
      ok: false,
      error: { code: 'invalid_answer' },
    });
  });

  it('searches an identifier in a POST body, never in the URL', async () => {
    const { requester, calls } = fakeGateway(() => checks([centralCheck()]));
    const found = await createGatewayJournal(requester).findByIdentifier('1234567A');
    expect(found.ok && found.value).toHaveLength(1);
    expect(calls).toEqual([{ method: 'POST', path: '/journal/search', body: { identifiant: '1234567A' } }]);
  });

  it('downloads the gateway’s CSV export for the period, and refuses anything but CSV', async () => {
    const csv = '\uFEFFseq,id,at,kind\r\n1,x,2026-03-03T13:05:09.000Z,check_intent\r\n';
    const { requester, calls } = fakeGateway(
      () => new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } }),
    );
    const file = await createGatewayJournal(requester).exportCsv({ from: '2026-03-01' });
    expect(file).toMatchObject({
      ok: true,
      value: { csv, fileName: expect.stringMatching(/^journal-organisation-\d{4}-\d{2}-\d{2}\.csv$/) },
    });
    expect(calls[0]).toEqual({
      method: 'POST',
      path: '/journal/export',
      body: { format: 'csv', from: boundaryInstant('2026-03-01', false) },
    });
    const html = fakeGateway(() => new Response('<html>', { headers: { 'content-type': 'text/html' } }));
    expect(await createGatewayJournal(html.requester).exportCsv({})).toMatchObject({
      ok: false,
      error: { code: 'invalid_answer' },
    });
  });

  it('reports the chain’s verification, with the first break’s position', async () => {
    const report = {
      ok: false,
      checked: 12,
      firstSeq: 1,
      lastSeq: 12,
      firstBreak: { kind: 'altered', position: 7, entryId: crypto.randomUUID() },
    };
    const { requester, calls } = fakeGateway(() => Response.json(report));
    expect(await createGatewayJournal(requester).verifyChain()).toEqual({ ok: true, value: report });
    expect(calls[0]?.method).toBe('POST');
    const down = fakeGateway(() => problemResponse(503, 'journal-unavailable'));
    expect(await createGatewayJournal(down.requester).verifyChain()).toMatchObject({
      ok: false,
      error: { code: 'journal_unavailable' },
    });
  });
});

describe('boundaryInstant', () => {
  it('turns a bare day into its first and last millisecond, and keeps instants', () => {
    const start = new Date(boundaryInstant('2026-03-01', false));
    const end = new Date(boundaryInstant('2026-03-01', true));
    expect([start.getDate(), start.getHours(), start.getMinutes()]).toEqual([1, 0, 0]);
    expect(end.getTime() - start.getTime()).toBe(24 * 3600_000 - 1);
    expect(boundaryInstant('2026-03-01T10:00:00Z', false)).toBe('2026-03-01T10:00:00.000Z');
  });
});

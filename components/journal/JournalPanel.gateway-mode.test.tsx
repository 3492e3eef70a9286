import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJournalHandlers } from '../../lib/background/handlers/journal';
import { createSettingsHandlers } from '../../lib/background/handlers/settings';
import {
  centralCheck,
  fakeGateway,
  problemResponse,
  type FakeGatewayCall,
} from '../../lib/journal/fake-gateway';
import { resetJournalKeyCache } from '../../lib/journal/fingerprint';
import { createGatewayJournal } from '../../lib/journal/gateway-journal';
import { recordCheck } from '../../lib/journal/record';
import { journalItem, userSettingsItem } from '../../lib/platform/storage/items';
import { I18nProvider } from '../shared/i18n';
import type { JournalClient } from './journal-client';
import { JournalPanel } from './JournalPanel';
import { captureDownloads, type CapturedDownloads } from './downloads.test-support';

/**
 * The journal view over the central journal: the real background handlers and gateway reader,
 * the real request helper, and a stand-in for the gateway's answers (the real gateway is in
 * lib/journal/gateway-journal.gateway.test.ts).
 */
type Role = 'agent' | 'dpo';

const CAMILLE = { givenName: 'Camille', usualName: 'Martin', email: 'camille.martin@ville-riom.fr' };
const DOMINIQUE = { givenName: 'Dominique', usualName: 'Bernard', email: 'dpo@ville-riom.fr' };

function gatewayAnswers(role: Role, over: (call: FakeGatewayCall) => Response | undefined = () => undefined) {
  return (call: FakeGatewayCall): Response => {
    const special = over(call);
    if (special) return special;
    const path = call.path.split('?')[0];
    if (path === '/settings') return Response.json({ role });
    if (path === '/journal/mine')
      return Response.json({
        checks: [
          centralCheck({ seq: 2, caseReference: 'MINE-1', agent: role === 'dpo' ? DOMINIQUE : CAMILLE }),
        ],
        nextBefore: null,
      });
    if (path === '/journal') {
      if (role === 'agent') return problemResponse(403, 'role-required');
      return Response.json({
        checks: [
          centralCheck({ seq: 4, caseReference: 'ORG-2', agent: CAMILLE, outcome: 'not_found' }),
          centralCheck({ seq: 2, caseReference: 'ORG-1', agent: DOMINIQUE }),
        ],
        nextBefore: null,
      });
    }
    if (path === '/journal/search')
      return Response.json({
        checks: [centralCheck({ caseReference: 'FOUND-1', agent: CAMILLE })],
        nextBefore: null,
      });
    if (path === '/journal/export')
      return new Response('\uFEFFseq,id,at,kind\r\n1,x,2026-03-03T13:05:09.000Z,check_intent\r\n', {
        headers: { 'content-type': 'text/csv; charset=utf-8' },
      });
    if (path === '/journal/verify')
      return Response.json({ ok: true, checked: 5, firstSeq: 1, lastSeq: 5, firstBreak: null });
    return problemResponse(404, 'not-found');
  };
}

function clientOver(answer: (call: FakeGatewayCall) => Response) {
  const gateway = fakeGateway(answer);
  const journal = createJournalHandlers(createGatewayJournal(gateway.requester));
  const settings = createSettingsHandlers();
  const client: JournalClient = {
    getSettingsView: () => settings.getSettingsView(undefined),
    getJournalAccess: () => journal.getJournalAccess(undefined),
    listJournal: (query, scope) => journal.listJournal({ ...query, scope }),
    findJournalByIdentifier: (identifiant) => journal.findJournalByIdentifier({ identifiant }),
    exportJournal: (period) => journal.exportJournal(period),
    verifyJournalChain: () => journal.verifyJournalChain(undefined),
    getLocalJournalMigration: () => journal.getLocalJournalMigration(undefined),
    finishLocalJournalMigration: () => journal.finishLocalJournalMigration(undefined),
  };
  return { client, calls: gateway.calls };
}

function renderPanel(client: JournalClient, language: 'fr' | 'en' = 'fr') {
  // Timers are mocked in the idle test only.
  const user = userEvent.setup(
    vi.isFakeTimers() ? { advanceTimers: (ms) => vi.advanceTimersByTime(ms) } : {},
  );
  const view = render(
    <I18nProvider language={language}>
      <JournalPanel client={client} />
    </I18nProvider>,
  );
  return { user, ...view };
}

describe('JournalPanel over the central journal', () => {
  let downloads: CapturedDownloads;
  beforeEach(async () => {
    fakeBrowser.reset();
    resetJournalKeyCache();
    await userSettingsItem.setValue({ resultClearMinutes: 2, journalRetentionDays: 365 });
    downloads = captureDownloads();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows an agent their own checks, and refuses them the organisation’s view in words', async () => {
    const { client, calls } = clientOver(gatewayAnswers('agent'));
    const { user } = renderPanel(client);
    expect(await screen.findByText(/tenu par la passerelle de votre organisation/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Vérifications, les plus récentes d’abord' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveTextContent('MINE-1');
    expect(table).toHaveTextContent('Camille Martin');
    // The oversight tools are not offered to an agent.
    expect(screen.queryByRole('region', { name: 'A-t-on vérifié cet identifiant ?' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Vérifier l’intégrité' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Toute l’organisation (référent, DPO)' }));
    expect(
      await screen.findByText(/La vue de l’organisation est réservée au référent et au délégué/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(calls.some((c) => c.path.startsWith('/journal?'))).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'Mes vérifications' }));
    expect(await screen.findByRole('table')).toHaveTextContent('MINE-1');
  });

  it('lets the DPO read the organisation’s checks and export the gateway’s CSV', async () => {
    const { client, calls } = clientOver(gatewayAnswers('dpo'));
    const { user } = renderPanel(client);
    await user.click(await screen.findByRole('radio', { name: 'Toute l’organisation (référent, DPO)' }));
    const table = await screen.findByRole('table');
    await vi.waitFor(() => expect(table).toHaveTextContent('ORG-2'));
    const cards = within(table).getAllByRole('row').slice(1);
    expect(cards[0]).toHaveTextContent('Aucune inscription trouvée');
    // Each cell carries its column's name, for the stacked layout of a narrow panel.
    expect(within(cards[0]!).getAllByRole('cell')[4]).toHaveAttribute('data-label', 'Référence du dossier');

    await user.click(screen.getByRole('button', { name: 'Exporter le journal de l’organisation (CSV)' }));
    expect(await screen.findByText('Le journal de l’organisation a été exporté.')).toBeInTheDocument();
    expect(downloads.names[0]).toMatch(/^journal-organisation-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await downloads.blobs[0]!.text()).toContain('check_intent');
    expect(calls.find((c) => c.path === '/journal/export')?.body).toEqual({ format: 'csv' });
  });

  it('shows the chain verification’s result: intact, or broken at a position', async () => {
    let report = { ok: true, checked: 5, firstSeq: 1, lastSeq: 5, firstBreak: null as unknown };
    const { client } = clientOver(
      gatewayAnswers('dpo', (call) => (call.path === '/journal/verify' ? Response.json(report) : undefined)),
    );
    const { user } = renderPanel(client);
    await user.click(await screen.findByRole('button', { name: 'Vérifier l’intégrité' }));
    expect(await screen.findByText('Journal intègre : 5 entrées vérifiées (n° 1 à 5).')).toBeInTheDocument();
    report = {
      ok: false,
      checked: 6,
      firstSeq: 1,
      lastSeq: 12,
      firstBreak: { kind: 'altered', position: 7, entryId: crypto.randomUUID() },
    };
    await user.click(screen.getByRole('button', { name: 'Vérifier l’intégrité' }));
    expect(
      await screen.findByText(/^Journal rompu à la position 7 : une entrée a été modifiée\./),
    ).toBeInTheDocument();
  });

  it('searches an identifier at the gateway, and clears the result after the idle delay', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { client, calls } = clientOver(gatewayAnswers('dpo'));
    const { user } = renderPanel(client);
    const lookup = await screen.findByRole('region', { name: 'A-t-on vérifié cet identifiant ?' });
    expect(lookup).toHaveTextContent('envoyé à la passerelle de votre organisation');
    await user.type(within(lookup).getByLabelText('Identifiant France Travail'), '1234567A');
    await user.click(within(lookup).getByRole('button', { name: 'Rechercher' }));
    expect(await within(lookup).findByRole('table')).toHaveTextContent('FOUND-1');
    expect(calls.find((c) => c.path === '/journal/search')?.body).toEqual({ identifiant: '1234567A' });
    act(() => {
      vi.advanceTimersByTime(2 * 60_000 + 10);
    });
    expect(
      await within(lookup).findByText(
        'Le résultat de la recherche a été effacé après une période d’inactivité.',
      ),
    ).toBeInTheDocument();
    expect(within(lookup).queryByRole('table')).toBeNull();
  });

  it('says so when the organisation’s journal is unavailable, or the agent signed out', async () => {
    const down = clientOver(
      gatewayAnswers('agent', (call) =>
        call.path.startsWith('/journal/mine') ? problemResponse(503, 'journal-unavailable') : undefined,
      ),
    );
    const first = renderPanel(down.client);
    expect(
      await screen.findByText(/Le journal de l’organisation est momentanément indisponible/),
    ).toBeInTheDocument();
    first.unmount();
    const out = clientOver(() => problemResponse(401, 'invalid-token'));
    renderPanel(out.client);
    expect(
      await screen.findByText(/Vous n’êtes pas connecté\(e\) à la passerelle de votre organisation/),
    ).toBeInTheDocument();
  });

  it('offers the old local journal for export once, then deletes it from the browser', async () => {
    const old = (caseReference: string) =>
      recordCheck({
        agent: 'Agent Dupuis',
        mode: 'identifiant',
        identifiant: '1234567A',
        motif: '=Motif, dit "ancien"',
        caseReference,
        outcome: 'registered',
        errorCode: null,
        categoryCode: '1',
      });
    await old('LOCAL-1');
    await old('LOCAL-2');
    const { client } = clientOver(gatewayAnswers('agent'));
    const { user, unmount } = renderPanel(client);
    const offer = await screen.findByRole('region', { name: 'Ancien journal de ce navigateur' });
    expect(offer).toHaveTextContent('encore 2 vérifications inscrites');
    await user.click(within(offer).getByRole('button', { name: 'Exporter en CSV puis effacer' }));
    expect(
      await within(offer).findByText(
        '2 vérifications effacées de ce navigateur. Cette proposition ne reviendra pas.',
      ),
    ).toBeInTheDocument();
    expect(downloads.names[0]).toMatch(/^ancien-journal-local-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await downloads.blobs[0]!.text();
    expect(csv).toContain('LOCAL-1');
    expect(csv).toContain('LOCAL-2');
    // Formulas neutralised by the shared rule, then quoted.
    expect(csv).toContain(`"'=Motif, dit ""ancien"""`);
    expect(await journalItem.getValue()).toEqual([]);
    unmount();

    renderPanel(client);
    await screen.findByRole('table');
    expect(screen.queryByRole('region', { name: 'Ancien journal de ce navigateur' })).toBeNull();
  });

  it('speaks English too', async () => {
    const { client } = clientOver(gatewayAnswers('agent'));
    const { user } = renderPanel(client, 'en');
    await user.click(await screen.findByRole('radio', { name: 'The whole organisation (referent, DPO)' }));
    expect(await screen.findByText(/reserved to your organisation’s referent/)).toBeInTheDocument();
  });
});

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJournalHandlers } from '../../lib/background/handlers/journal';
import { createSettingsHandlers } from '../../lib/background/handlers/settings';
import { resetJournalKeyCache } from '../../lib/journal/fingerprint';
import { createLocalJournal } from '../../lib/journal/journal';
import { recordCheck, type RecordCheckInput } from '../../lib/journal/record';
import { journalItem, userSettingsItem } from '../../lib/platform/storage/items';
import { I18nProvider } from '../shared/i18n';
import type { JournalClient } from './journal-client';
import { JournalPanel } from './JournalPanel';
import { captureDownloads, type CapturedDownloads } from './downloads.test-support';

/** The real background handlers over fakeBrowser storage, minus the messaging hop. */
function backgroundClient(): JournalClient {
  const journal = createJournalHandlers(createLocalJournal());
  const settings = createSettingsHandlers();
  return {
    getSettingsView: () => settings.getSettingsView(undefined),
    getJournalAccess: () => journal.getJournalAccess(undefined),
    listJournal: (query, scope) => journal.listJournal({ ...query, scope }),
    findJournalByIdentifier: (identifiant) => journal.findJournalByIdentifier({ identifiant }),
    exportJournal: (period) => journal.exportJournal(period),
    verifyJournalChain: () => journal.verifyJournalChain(undefined),
    getLocalJournalMigration: () => journal.getLocalJournalMigration(undefined),
    finishLocalJournalMigration: () => journal.finishLocalJournalMigration(undefined),
  };
}

const check = (over: Partial<RecordCheckInput>) =>
  recordCheck({
    agent: 'Agent Dupuis',
    mode: 'identifiant',
    motif: 'Ouverture ou révision de droits',
    caseReference: 'DOS-1',
    outcome: 'registered',
    errorCode: null,
    categoryCode: '1',
    ...over,
  });

function renderPanel() {
  const user = userEvent.setup();
  render(
    <I18nProvider language="fr">
      <JournalPanel client={backgroundClient()} />
    </I18nProvider>,
  );
  return user;
}

describe('JournalPanel', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    resetJournalKeyCache();
    await userSettingsItem.setValue({ agentName: 'Agent Dupuis', journalRetentionDays: 90 });
  });

  it('states what is recorded and for how long, and says when the journal is empty', async () => {
    renderPanel();
    expect(await screen.findByText(/effacées automatiquement après 90 jours/)).toBeInTheDocument();
    expect(screen.getByText(/jamais l’identifiant lui-même/)).toBeInTheDocument();
    expect(await screen.findByText('Aucune vérification n’est encore inscrite.')).toBeInTheDocument();
  });

  it('lists the checks newest first, without any identifier', async () => {
    await check({ identifiant: '1234567A', caseReference: 'DOS-1' });
    await check({
      mode: 'franceconnect',
      caseReference: 'DOS-2',
      outcome: 'refused',
      errorCode: 'access_denied',
      categoryCode: null,
    });
    renderPanel();
    const table = await screen.findByRole('table', { name: 'Vérifications, les plus récentes d’abord' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('DOS-2');
    expect(rows[0]).toHaveTextContent('Refus ou abandon de la personne');
    expect(rows[0]).not.toHaveTextContent('access_denied');
    expect(rows[1]).toHaveTextContent('Agent Dupuis');
    expect(table).not.toHaveTextContent('1234567A');
  });

  it('says why a check failed in words, not in codes', async () => {
    await check({ caseReference: 'PANNE-1', outcome: 'error', errorCode: 'server', categoryCode: null });
    renderPanel();
    const table = await screen.findByRole('table');
    expect(table).toHaveTextContent('Erreur : service momentanément indisponible');
    expect(table).not.toHaveTextContent('server');
  });

  it('filters by motif and by outcome', async () => {
    await check({ identifiant: '1234567A', motif: 'Accompagnement vers l’emploi', caseReference: 'A-1' });
    await check({ identifiant: '2345678B', outcome: 'not_found', categoryCode: null, caseReference: 'B-1' });
    const user = renderPanel();
    await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Motif'), 'Accompagnement vers l’emploi');
    expect(await screen.findByText('1 vérification.')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveTextContent('A-1');
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await user.selectOptions(screen.getByLabelText('Résultat'), 'Aucune inscription trouvée');
    expect(await screen.findByText('1 vérification.')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveTextContent('B-1');
  });

  it('filters by date range', async () => {
    await check({ caseReference: 'OLD' });
    await check({ caseReference: 'NEW' });
    const entries = await journalItem.getValue();
    await journalItem.setValue([
      { ...entries[0]!, at: '2025-01-10T10:00:00.000Z' },
      { ...entries[1]!, at: new Date().toISOString() },
    ]);
    const user = renderPanel();
    await screen.findByRole('table');
    // Typed as the interface writes dates, not in the browser's own date picker.
    expect(screen.getByRole('textbox', { name: 'Du' })).toHaveAccessibleDescription(/jj\/mm\/aaaa/);
    await user.type(screen.getByLabelText('Du'), '01/01/2025');
    await user.type(screen.getByLabelText('Au'), '31/01/2025');
    expect(await screen.findByText('1 vérification.')).toBeInTheDocument();
    expect(screen.getByRole('table')).toHaveTextContent('OLD');
    expect(screen.getByRole('table')).not.toHaveTextContent('NEW');
  });

  it('answers "a-t-on vérifié cet identifiant ?" from fingerprints, and forgets what was typed', async () => {
    await check({ identifiant: '1234567A', caseReference: 'FOUND-1' });
    await check({ identifiant: '2345678B', caseReference: 'OTHER' });
    const user = renderPanel();
    const input = await screen.findByLabelText('Identifiant France Travail');
    await user.type(input, '1234 567a');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(await screen.findByText('1 vérification trouvée pour cet identifiant :')).toBeInTheDocument();
    const lookup = screen.getByRole('region', { name: 'A-t-on vérifié cet identifiant ?' });
    expect(within(lookup).getByRole('table')).toHaveTextContent('FOUND-1');
    expect(within(lookup).getByRole('table')).not.toHaveTextContent('OTHER');
    expect(input).toHaveValue('');
    await user.type(input, '9999999Z');
    await user.click(screen.getByRole('button', { name: 'Rechercher' }));
    expect(
      await screen.findByText('Aucune vérification de cet identifiant dans le journal.'),
    ).toBeInTheDocument();
  });

  describe('CSV export', () => {
    let downloads: CapturedDownloads;
    beforeEach(() => {
      downloads = captureDownloads();
    });
    afterEach(() => vi.restoreAllMocks());

    it('exports the shown checks as UTF-8 CSV with a BOM, French headers and proper quoting', async () => {
      await check({
        motif: 'Tarification sociale (transport, cantine, loisirs)',
        caseReference: 'Réf "A";1',
      });
      const user = renderPanel();
      await screen.findByRole('table');
      await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
      expect(await screen.findByText('1 ligne exportée.')).toBeInTheDocument();
      expect(downloads.names[0]).toMatch(/^journal-verifications-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = await downloads.blobs[0]!.text();
      const bytes = new Uint8Array(await downloads.blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, row] = text.replace('\uFEFF', '').split('\r\n');
      expect(header).toBe(
        'Date et heure,Agent,Mode,Motif,Référence du dossier,Résultat,Code d’erreur,Catégorie,Empreinte de l’identifiant',
      );
      expect(row).toContain(
        ',Agent Dupuis,Identifiant France Travail,"Tarification sociale (transport, cantine, loisirs)","Réf ""A"";1",Inscrit(e),,1,',
      );
    });

    it('offers the semicolon for French spreadsheets', async () => {
      await check({ caseReference: 'A;B' });
      const user = renderPanel();
      await screen.findByRole('table');
      await user.selectOptions(screen.getByLabelText('Séparateur'), 'Point-virgule (Excel en français)');
      await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
      await screen.findByText('1 ligne exportée.');
      const text = await downloads.blobs[0]!.text();
      expect(text.split('\r\n')[0]).toMatch(/^\uFEFF?Date et heure;Agent;Mode;/);
      expect(text).toContain(';"A;B";');
    });
  });
});

import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EmploymentEvent } from '../../lib/events/core/event';
import { fail, ok } from '../../lib/core/app-error';
import {
  aFullParisForum,
  anInPersonEvent,
  anOnlineFair,
  aRemoteWorkshop,
} from '../../lib/events/core/test-events';
import { messenger } from '../../lib/platform/messaging/messenger';
import { eventFiltersItem, eventsCacheItem } from '../../lib/platform/storage/items';
import { I18nProvider } from '../shared/i18n';
import { EventsPanel, type EventsRequest } from './EventsPanel';
import { aTerritoryClient } from './test-territory-client';
import type { TerritoryClient } from './use-territory';

// The packaged commune index, read from disk (the extension fetches it from its own files).
vi.mock('../../lib/events/commune-index-loader', async () => {
  const { readCommuneIndex } = await import('../../lib/events/test-commune-index');
  return { loadCommuneIndex: async () => readCommuneIndex() };
});

const NOW = new Date('2025-11-20T10:00:00Z');

const paris = aFullParisForum({
  placesTotal: 50,
  descriptionHtml:
    '<p onclick="alert(1)">Hôtellerie <a href="javascript:alert(1)">ici</a></p><script>alert(1)</script><form><input></form>',
});
const atelier = aRemoteWorkshop();
const EVENTS: EmploymentEvent[] = [anOnlineFair(), anInPersonEvent(), paris, atelier];

const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? '';
const removers: (() => void)[] = [];

async function seed(events = EVENTS, concernedFairs?: string[]) {
  await eventsCacheItem.setValue({
    fetchedAt: '2025-11-20T09:58:00Z',
    territory: ['63'],
    events,
    dropped: 0,
    ...(concernedFairs ? { concernedFairs } : {}),
  });
}

function serve() {
  removers.push(
    messenger.onMessage('refreshEvents', async () =>
      ok({ fetchedAt: '2025-11-20T09:58:00Z', count: 4, dropped: 0, requests: 0 }),
    ),
    messenger.onMessage('getEventDetail', async ({ data }) => {
      const event = EVENTS.find((e) => e.id === data.id);
      return event ? ok(event) : fail({ code: 'not_found' });
    }),
  );
}

function renderPanel(
  request: EventsRequest | null = null,
  territoryClient: TerritoryClient = aTerritoryClient({ user: { departements: ['63'] } }).client,
) {
  return render(
    <I18nProvider language="fr">
      <EventsPanel request={request} territoryClient={territoryClient} />
    </I18nProvider>,
  );
}

/** Opens the "Filtres" disclosure, where the filters other than the keyword are. */
async function openFilters(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^Filtres/, expanded: false }));
}

async function rowTitles() {
  const list = await screen.findByRole('list', { name: 'Résultats' });
  return within(list)
    .getAllByRole('button')
    .map((b) => b.querySelector('.event-row__title')?.textContent);
}

beforeAll(() => {
  // jsdom lays nothing out: give the virtualised list a viewport.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 400 });
});
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: NOW, shouldAdvanceTime: true });
  serve();
});
afterEach(() => {
  while (removers.length) removers.pop()?.();
  vi.useRealTimers();
});

describe('EventsPanel: search', () => {
  it('lists the cached events by date with a count', async () => {
    await seed();
    renderPanel();
    expect(await rowTitles()).toEqual([
      'Salon en ligne des métiers du soin',
      'Forum de l’emploi saisonnier',
      'Job dating logistique',
      'Atelier CV',
    ]);
    expect(screen.getByText('4 évènements')).toBeInTheDocument();
    expect(await screen.findByText('Mis à jour il y a 2 min', { normalizer: plain })).toBeInTheDocument();
  });

  it('filters by keyword, type and modality', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel();
    await rowTitles();
    await user.type(screen.getByRole('searchbox', { name: /Mots-clés/ }), 'hotellerie');
    expect(await rowTitles()).toEqual(['Forum de l’emploi saisonnier']);
    await user.clear(screen.getByRole('searchbox', { name: /Mots-clés/ }));

    await openFilters(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Atelier');
    expect(await rowTitles()).toEqual(['Atelier CV']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), '');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Modalité' }), 'presentiel');
    expect(await rowTitles()).toEqual(['Forum de l’emploi saisonnier', 'Job dating logistique']);
  });

  it('filters by sector, places and running now, and clears them all', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel();
    await rowTitles();
    await openFilters(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Secteur' }), 'N');
    expect(await rowTitles()).toEqual(['Job dating logistique']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Secteur' }), '');

    await user.click(screen.getByRole('checkbox', { name: 'Places disponibles seulement' }));
    expect(await rowTitles()).toEqual([
      'Salon en ligne des métiers du soin',
      'Job dating logistique',
      'Atelier CV',
    ]);
    await user.click(screen.getByRole('checkbox', { name: 'Places disponibles seulement' }));

    await user.click(screen.getByRole('checkbox', { name: 'En cours seulement' }));
    expect(await rowTitles()).toEqual(['Salon en ligne des métiers du soin']);
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    expect(await rowTitles()).toHaveLength(4);
  });

  it('filters by period, including a custom one, and sorts by places left', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel();
    await rowTitles();
    await openFilters(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dates' }), 'week');
    expect(await rowTitles()).toEqual(['Salon en ligne des métiers du soin', 'Forum de l’emploi saisonnier']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dates' }), 'custom');
    await user.type(screen.getByLabelText('Du'), '01/01/2026');
    await user.type(screen.getByLabelText('Au'), '31/01/2026');
    expect(await rowTitles()).toEqual(['Atelier CV']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Dates' }), 'any');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trier par' }), 'places');
    expect(await rowTitles()).toEqual([
      'Atelier CV',
      'Job dating logistique',
      'Forum de l’emploi saisonnier',
      'Salon en ligne des métiers du soin',
    ]);
  });

  it('filters by départements typed by name or code, and by a commune with all its postal codes', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel();
    await rowTitles();
    await openFilters(user);
    await user.type(screen.getByRole('textbox', { name: /Départements/ }), 'puy-de');
    await user.click(
      within(screen.getByRole('list', { name: 'Départements proposés' })).getByRole('button', {
        name: '63 – Puy-de-Dôme',
      }),
    );
    expect(await rowTitles()).toEqual(['Job dating logistique', 'Atelier CV']);
    await user.type(screen.getByRole('textbox', { name: /Départements/ }), '75{Enter}');
    expect(await rowTitles()).toEqual([
      'Forum de l’emploi saisonnier',
      'Job dating logistique',
      'Atelier CV',
    ]);
    await user.click(screen.getByRole('button', { name: 'Retirer 63 – Puy-de-Dôme' }));
    await user.click(screen.getByRole('button', { name: 'Retirer 75 – Paris' }));

    await user.type(screen.getByRole('textbox', { name: /Commune/ }), 'paris');
    const option = await screen.findByRole('button', { name: 'Paris (75) – 21 codes postaux' });
    await user.click(option);
    expect(await rowTitles()).toEqual(['Forum de l’emploi saisonnier']);
    expect(screen.getByRole('button', { name: 'Retirer la commune Paris (75)' })).toBeInTheDocument();
  });

  it('keeps the filters between sessions and ignores damaged stored values', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    const first = renderPanel();
    await rowTitles();
    await openFilters(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Secteur' }), 'M');
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(await eventFiltersItem.getValue()).toMatchObject({ sector: 'M' });
    first.unmount();

    const second = renderPanel();
    await waitFor(async () => expect(await rowTitles()).toEqual(['Atelier CV']));
    expect(
      screen.getByRole('button', { name: 'Retirer le filtre Secteur : M – Support à l’entreprise' }),
    ).toBeInTheDocument();
    await openFilters(user);
    expect(screen.getByRole('combobox', { name: 'Secteur' })).toHaveValue('M');
    second.unmount();

    await eventFiltersItem.setValue({ sector: 42, keyword: 'logistique', period: 'yesterday' });
    renderPanel();
    await waitFor(async () => expect(await rowTitles()).toEqual(['Job dating logistique']));
    expect(screen.getByRole('button', { name: 'Filtres (aucun actif)' })).toBeInTheDocument();
    await openFilters(user);
    expect(screen.getByRole('combobox', { name: 'Secteur' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Dates' })).toHaveValue('any');
  });

  it('suggests widening the filters when nothing matches', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel();
    await rowTitles();
    await user.type(screen.getByRole('searchbox', { name: /Mots-clés/ }), 'zzzz');
    expect(
      await screen.findByRole('heading', { name: 'Aucun évènement ne correspond à ces filtres' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Élargissez la recherche/)).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(700));
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Aucun évènement')).toBe(true);
  });

  it('says what happened and offers a retry when there is no list and the service fails', async () => {
    while (removers.length) removers.pop()?.();
    removers.push(messenger.onMessage('refreshEvents', async () => fail({ code: 'server', status: 503 })));
    renderPanel();
    expect(
      await screen.findByRole('heading', { name: 'Le service des évènements n’a pas répondu' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('momentanément indisponible');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });
});

describe('EventsPanel: fits 400 px', () => {
  it('shows the keyword field and the count first, the other filters behind "Filtres"', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel();
    await rowTitles();
    expect(screen.getByRole('searchbox', { name: /Mots-clés/ })).toBeVisible();
    expect(screen.getByText('4 évènements')).toBeVisible();
    const toggle = screen.getByRole('button', { name: 'Filtres (aucun actif)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Secteur' })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('combobox', { name: 'Secteur' })).toBeVisible();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Secteur' }), 'J');
    await user.click(screen.getByRole('checkbox', { name: 'Places disponibles seulement' }));
    expect(screen.getByRole('button', { name: 'Filtres (2 actifs)' })).toBeInTheDocument();
  });

  it('shows the active filters as chips that remove them, keeping the focus among the chips', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await eventFiltersItem.setValue({ sector: 'N', departements: ['63'], placesOnly: true });
    await seed();
    renderPanel();
    await waitFor(async () => expect(await rowTitles()).toEqual(['Job dating logistique']));
    expect(screen.getByRole('button', { name: 'Filtres (3 actifs)' })).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Filtres actifs' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Retirer le filtre Département : 63 – Puy-de-Dôme',
      'Retirer le filtre Secteur : N – Transport et logistique',
      'Retirer le filtre Places disponibles seulement',
    ]);
    await user.click(within(chips).getByRole('button', { name: /Secteur : N/ }));
    expect(await rowTitles()).toEqual(['Job dating logistique', 'Atelier CV']);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Retirer le filtre Places disponibles seulement' }),
      ),
    );
    expect(
      screen.getAllByRole('status').some((s) => s.textContent?.startsWith('Filtre retiré : Secteur')),
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Retirer le filtre Places disponibles seulement' }));
    await user.click(screen.getByRole('button', { name: /Retirer le filtre Département/ }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Filtres (aucun actif)' })),
    );
    expect(screen.queryByRole('list', { name: 'Filtres actifs' })).toBeNull();
    expect(await rowTitles()).toHaveLength(4);
  });

  it('opens on the territory’s list when the popup asks ("N de plus")', async () => {
    const elsewhere = anOnlineFair({
      key: 'salon-en-ligne:far',
      title: 'Salon breton',
      locationLabel: 'Bretagne',
    });
    await eventFiltersItem.setValue({ keyword: 'soin', sector: 'M' });
    await seed([...EVENTS, elsewhere], ['salon-en-ligne:42']);
    renderPanel({ list: 'territory', at: 1 });
    await waitFor(async () => expect(await rowTitles()).toHaveLength(4));
    expect(await rowTitles()).not.toContain('Salon breton');
    expect(screen.getByRole('button', { name: 'Retirer le filtre Pour mon territoire' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /Mots-clés/ })).toHaveValue('');
    // The side panel still finds the other fairs.
    await userEvent.click(screen.getByRole('button', { name: 'Retirer le filtre Pour mon territoire' }));
    expect(await rowTitles()).toContain('Salon breton');
  });

  it('asks for the territory on first run, in place', async () => {
    const { client, save } = aTerritoryClient();
    await seed();
    renderPanel(null, client);
    const prompt = await screen.findByRole('region', { name: 'Où travaillez-vous ?' });
    await userEvent.type(within(prompt).getByRole('textbox', { name: 'Votre territoire' }), 'Clermont-Fer');
    await userEvent.click(
      await within(prompt).findByRole('button', { name: 'Clermont-Ferrand (63000) – Puy-de-Dôme (63)' }),
    );
    expect(save).toHaveBeenCalledWith(['63']);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Où travaillez-vous ?' })).toBeNull());
    expect(screen.getAllByRole('status').some((s) => /Territoire enregistré/.test(s.textContent ?? ''))).toBe(
      true,
    );
  });
});

describe('EventsPanel: keyboard and detail', () => {
  it('moves between rows with the arrows, opens with Enter, and comes back to the row with Escape', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel();
    await rowTitles();
    const list = screen.getByRole('list', { name: 'Résultats' });
    const rows = () => within(list).getAllByRole('button');
    rows()[0]?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rows()[1]);
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Atelier CV'));
    await user.keyboard('{Home}');
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain('Salon en ligne des métiers du soin'),
    );
    await user.keyboard('{ArrowDown}{Enter}');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Forum de l’emploi saisonnier' });
    expect(document.activeElement).toBe(heading);
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(document.activeElement?.textContent).toContain('Forum de l’emploi saisonnier'),
    );
    expect(document.activeElement?.getAttribute('data-row')).toBe('1');
  });

  it('shows an in-person event in full, full, with a map link and a sanitised description', async () => {
    await seed();
    renderPanel({ eventKey: 'mee:2', at: 1 });
    const detail = await screen.findByRole('article', { name: 'Forum de l’emploi saisonnier' });
    expect(plain(detail.textContent)).toContain('ven. 21 nov., 9 h – 16 h');
    // Capacity and registration both say it.
    expect(within(detail).getAllByText('Complet')).toHaveLength(2);
    const map = within(detail).getByRole('link', { name: /Voir sur une carte/ });
    expect(map).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/search?query=75018%20Paris%2C%20France',
    );
    expect(map).toHaveAttribute('rel', 'noopener noreferrer');
    const register = within(detail).getByRole('link', { name: /S’inscrire sur Mes Évènements Emploi/ });
    expect(register).toHaveAttribute('target', '_blank');
    await screen.findByText('Hôtellerie', { exact: false });
    expect(detail.querySelector('script, form, input, [onclick]')).toBeNull();
    expect(within(detail).getByText('ici').closest('a')).not.toHaveAttribute('href');
  });

  it('shows an online fair with its link, and holds its remote images back until asked', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel({ eventKey: 'salon-en-ligne:42', at: 1 });
    const detail = await screen.findByRole('article', { name: 'Salon en ligne des métiers du soin' });
    expect(within(detail).getByRole('link', { name: /Accéder au salon en ligne/ })).toHaveAttribute(
      'href',
      'https://salonenligne.francetravail.fr/salons/42',
    );
    expect(within(detail).getByText('42 offres')).toBeInTheDocument();
    expect(plain(within(detail).getByText(/Candidatures jusqu/).textContent)).toBe(
      'Candidatures jusqu’au 30 nov.',
    );
    expect(await within(detail).findByText(/contient 1 image hébergée/)).toBeInTheDocument();
    expect(detail.querySelector('img')).toBeNull();
    await user.click(within(detail).getByRole('button', { name: 'Afficher les images' }));
    expect(detail.querySelector('img')).toHaveAttribute('referrerpolicy', 'no-referrer');
  });

  it('says when an event asked for is no longer in the list', async () => {
    await seed();
    renderPanel({ eventKey: 'mee:gone', at: 1 });
    expect(
      await screen.findByRole('heading', { name: 'Cet évènement n’est plus dans la liste' }),
    ).toBeInTheDocument();
  });
});

describe('EventsPanel: hand-over', () => {
  it('copies the link and the summary, and confirms in a live region', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel({ eventKey: 'mee:123456', at: 1 });
    await screen.findByRole('article');
    await user.click(screen.getByRole('button', { name: 'Copier le lien' }));
    expect(await navigator.clipboard.readText()).toBe(
      'https://mesevenementsemploi.francetravail.fr/mes-evenements-emploi/evenement/123456',
    );
    expect(await screen.findByText('Lien copié dans le presse-papiers.')).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Copier le résumé' }));
    const summary = await navigator.clipboard.readText();
    expect(summary.split('\n').slice(0, 3)).toEqual([
      'Job dating logistique',
      'Job dating · mar. 25 nov., 9 h – 12 h',
      'Lieu : Riom (63200)',
    ]);
  });

  it('downloads a calendar file in Europe/Paris time', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const blobs: Blob[] = [];
    // jsdom has no object URLs: capture the blob the page hands to the download link.
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => undefined;
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this.download);
    });
    await seed();
    renderPanel({ eventKey: 'mee:123456', at: 1 });
    await screen.findByRole('article');
    await user.click(screen.getByRole('button', { name: 'Ajouter à l’agenda (.ics)' }));
    expect(
      await screen.findByText('Fichier d’agenda enregistré : job-dating-logistique-2025-11-25.ics'),
    ).toBeInTheDocument();
    expect(clicks).toEqual(['job-dating-logistique-2025-11-25.ics']);
    const text = await blobs[0]!.text();
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20251125T090000');
    expect(blobs[0]!.type).toBe('text/calendar;charset=utf-8');
    click.mockRestore();
  });

  it('prints a selection with the QR code of each registration page, and copies it', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const print = vi.fn();
    window.print = print;
    await seed();
    renderPanel();
    await rowTitles();
    await user.click(
      screen.getByRole('checkbox', { name: 'Ajouter à la liste à imprimer : Job dating logistique' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Ajouter à la liste à imprimer : Atelier CV' }));
    expect(screen.getByText('2 évènements sélectionnés')).toBeInTheDocument();
    const sheet = document.querySelector('.print-sheet');
    expect(sheet?.querySelectorAll('li')).toHaveLength(2);
    expect(sheet?.textContent).toContain('Évènements emploi sélectionnés pour vous');
    // The QR library is not loaded before the agent prints.
    expect(sheet?.querySelectorAll('svg.qr-code')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Imprimer la sélection' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const codes = [...(sheet?.querySelectorAll('svg.qr-code') ?? [])];
    expect(codes.map((code) => code.getAttribute('data-qr-text'))).toEqual([
      anInPersonEvent().url,
      atelier.url,
    ]);
    await user.click(screen.getByRole('button', { name: 'Copier la sélection' }));
    expect((await navigator.clipboard.readText()).split('\n\n')).toHaveLength(2);
  });

  it('sends a selection by e-mail: a mailto link with the French summary of each event', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await seed();
    renderPanel();
    await rowTitles();
    await user.click(
      screen.getByRole('checkbox', { name: 'Ajouter à la liste à imprimer : Job dating logistique' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Ajouter à la liste à imprimer : Atelier CV' }));
    const link = screen.getByRole('link', { name: 'Envoyer la sélection par e-mail' });
    const href = link.getAttribute('href') ?? '';
    const query = new URLSearchParams(href.slice('mailto:?'.length));
    expect(query.get('subject')).toBe('Évènements emploi sélectionnés pour vous');
    expect(query.get('body')).toContain('1. Job dating logistique');
    expect(query.get('body')).toContain('2. Atelier CV');
    expect(query.get('body')).toContain(`Inscription : ${anInPersonEvent().url}`);
    link.addEventListener('click', (event) => event.preventDefault());
    await user.click(link);
    expect(await screen.findByText(/Votre messagerie s’ouvre avec le résumé/)).toBeInTheDocument();
  });

  it('prints an event’s detail with its QR code, and mails it', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const print = vi.fn();
    window.print = print;
    await seed();
    renderPanel({ eventKey: 'mee:123456', at: 1 });
    await screen.findByRole('article');
    const mail = screen.getByRole('link', { name: 'Envoyer par e-mail' });
    expect(new URLSearchParams(mail.getAttribute('href')?.slice('mailto:?'.length)).get('subject')).toBe(
      'Job dating logistique',
    );
    await user.click(screen.getByRole('button', { name: 'Imprimer' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = document.querySelector('.print-sheet');
    expect(sheet?.textContent).toContain('Un évènement emploi pour vous');
    expect(sheet?.querySelector('svg.qr-code')?.getAttribute('data-qr-text')).toBe(anInPersonEvent().url);
  });
});

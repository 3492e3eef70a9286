import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EmploymentEvent } from '../../lib/events/core/event';
import { fail, ok } from '../../lib/core/app-error';
import { anInPersonEvent, anOnlineFair, aRemoteWorkshop } from '../../lib/events/core/test-events';
import { messenger } from '../../lib/platform/messaging/messenger';
import { eventsDigestItem, type EventsDigest } from '../../lib/platform/storage/items';
import { I18nProvider } from '../shared/i18n';
import { PopupEvents } from './PopupEvents';
import { aTerritoryClient } from './test-territory-client';
import type { TerritoryClient } from './use-territory';

// The packaged commune index, read from disk (the extension fetches it from its own files).
vi.mock('../../lib/events/commune-index-loader', async () => {
  const { readCommuneIndex } = await import('../../lib/events/test-commune-index');
  return { loadCommuneIndex: async () => readCommuneIndex() };
});

const NOW = new Date('2025-11-20T10:00:00Z');

const strip = ({ descriptionHtml: _d, ...rest }: EmploymentEvent) => rest;

function digestOf(
  local: EmploymentEvent[],
  fairs: EmploymentEvent[] = [],
  totals: { localTotal?: number; fairsTotal?: number; fetchedAt?: string } = {},
): EventsDigest {
  return {
    fetchedAt: totals.fetchedAt ?? '2025-11-20T09:55:00Z',
    territory: ['63'],
    total: local.length + fairs.length + 20,
    local: local.map(strip),
    fairs: fairs.map(strip),
    localTotal: totals.localTotal ?? local.length,
    fairsTotal: totals.fairsTotal ?? fairs.length,
  };
}

const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? '';

let removeHandler: (() => void) | undefined;

function serveRefresh(handler: Parameters<typeof messenger.onMessage<'refreshEvents'>>[1]) {
  removeHandler = messenger.onMessage('refreshEvents', handler);
}

function renderPopup(client: TerritoryClient = aTerritoryClient({ user: { departements: ['63'] } }).client) {
  const onOpen = vi.fn();
  render(
    <I18nProvider language="fr">
      <PopupEvents onOpen={onOpen} territoryClient={client} />
    </I18nProvider>,
  );
  return onOpen;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: NOW, shouldAdvanceTime: true });
});

afterEach(() => {
  removeHandler?.();
  vi.useRealTimers();
});

describe('PopupEvents: relevance first', () => {
  it('lists the territory’s events by date under their heading, then the online fairs that concern it', async () => {
    await eventsDigestItem.setValue(
      digestOf(
        [
          anInPersonEvent({
            key: 'mee:full',
            title: 'Forum complet',
            placesLeft: 0,
            start: '2025-11-21T08:00:00Z',
            end: null,
          }),
          aRemoteWorkshop({ key: 'mee:remote', start: '2025-11-24T08:00:00Z', end: '2025-11-24T09:00:00Z' }),
          anInPersonEvent(),
        ],
        [
          anOnlineFair(),
          anOnlineFair({
            key: 'salon-en-ligne:closed',
            title: 'Salon en ligne clos',
            runningNow: false,
            start: '2025-11-30T23:00:00.000Z',
            end: '2025-12-10T22:59:59.000Z',
            registrationClosesAt: '2025-11-18T22:59:59.000Z',
          }),
        ],
      ),
    );
    // The background never answers: the cached list must paint without it.
    serveRefresh(() => new Promise(() => undefined));
    renderPopup();

    const local = await screen.findByRole('region', { name: 'Sur votre territoire' });
    const fairs = screen.getByRole('region', { name: 'Salons en ligne qui vous concernent' });
    const titles = (region: HTMLElement) =>
      within(region)
        .getAllByRole('button')
        .map((row) => row.querySelector('.event-row__title')?.textContent);
    expect(titles(local)).toEqual(['Forum complet', aRemoteWorkshop().title, 'Job dating logistique']);
    expect(titles(fairs)).toEqual(['Salon en ligne des métiers du soin', 'Salon en ligne clos']);
    // The territory's group comes first in the page.
    expect(local.compareDocumentPosition(fairs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const fair = within(fairs).getByRole('button', { name: /Salon en ligne des métiers du soin/ });
    expect(plain(fair.textContent)).toContain('En cours');
    expect(plain(fair.textContent)).toContain('En ligne – RIOM (dept 63)');
    expect(plain(fair.textContent)).toContain('42 offres');
    expect(plain(fair.textContent)).toContain('Candidatures jusqu’au 30 nov.');
    const inPerson = within(local).getByRole('button', { name: /Job dating logistique/ });
    expect(plain(inPerson.textContent)).toContain('mar. 25 nov., 9 h – 12 h');
    expect(plain(inPerson.textContent)).toContain('Riom (63200)');
    expect(plain(inPerson.textContent)).toContain('18 places restantes');
    expect(within(local).getByRole('button', { name: /Forum complet/ })).toHaveTextContent('Complet');
    expect(within(fairs).getByRole('button', { name: /Salon en ligne clos/ })).toHaveTextContent(
      'Candidatures closes',
    );

    expect(await screen.findByText('Territoire : Puy-de-Dôme (63)')).toBeInTheDocument();
    expect(screen.getByText(/Mise à jour en cours/)).toBeInTheDocument();
  });

  it('shows five of the territory’s and three fairs, and says how many more the side panel has', async () => {
    const local = Array.from({ length: 7 }, (_, i) =>
      anInPersonEvent({
        key: `mee:${i}`,
        title: `Salon ${i}`,
        start: `2025-11-2${i + 1}T08:00:00Z`,
        end: null,
      }),
    );
    const fairs = Array.from({ length: 4 }, (_, i) =>
      anOnlineFair({ key: `salon-en-ligne:${i}`, title: `Fair ${i}` }),
    );
    await eventsDigestItem.setValue(digestOf(local, fairs, { localTotal: 12, fairsTotal: 5 }));
    serveRefresh(() => new Promise(() => undefined));
    const onOpen = renderPopup();
    const localGroup = await screen.findByRole('region', { name: 'Sur votre territoire' });
    expect(within(localGroup).getAllByRole('button')).toHaveLength(5);
    expect(
      within(screen.getByRole('region', { name: 'Salons en ligne qui vous concernent' })).getAllByRole(
        'button',
      ),
    ).toHaveLength(3);
    // 12 + 5 in all, 8 shown.
    const more = screen.getByRole('button', { name: '9 de plus' });
    expect(more).toHaveAccessibleDescription(/panneau latéral/);
    await userEvent.click(more);
    expect(onOpen).toHaveBeenLastCalledWith({ list: 'territory' });
    await userEvent.click(within(localGroup).getByRole('button', { name: /Salon 0/ }));
    expect(onOpen).toHaveBeenLastCalledWith({ eventKey: 'mee:0' });
  });

  it('drops an event over since the digest was written', async () => {
    await eventsDigestItem.setValue(
      digestOf([
        anInPersonEvent({
          key: 'mee:past',
          title: 'Déjà passé',
          start: '2025-11-20T07:00:00Z',
          end: '2025-11-20T09:00:00Z',
        }),
        anInPersonEvent(),
      ]),
    );
    serveRefresh(() => new Promise(() => undefined));
    renderPopup();
    expect(await screen.findByRole('button', { name: /Job dating logistique/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Déjà passé/ })).toBeNull();
  });

  it('says so when no online fair concerns the territory', async () => {
    await eventsDigestItem.setValue(digestOf([anInPersonEvent()], []));
    serveRefresh(() => new Promise(() => undefined));
    renderPopup();
    const fairs = await screen.findByRole('region', { name: 'Salons en ligne qui vous concernent' });
    expect(fairs).toHaveTextContent('Aucun salon en ligne national ou de votre région en ce moment.');
    expect(screen.getByRole('button', { name: 'Voir tout' })).toBeInTheDocument();
  });

  it('does not paint a digest of an older version (one list): it waits for the refresh', async () => {
    await fakeBrowser.storage.local.set({
      eventsDigest: {
        fetchedAt: NOW.toISOString(),
        territory: [],
        total: 1,
        events: [strip(anInPersonEvent())],
      },
    });
    serveRefresh(() => new Promise(() => undefined));
    renderPopup();
    expect(await screen.findByText('Chargement des évènements…')).toBeInTheDocument();
  });
});

describe('PopupEvents: the territory', () => {
  it('asks for it in place on first run, answers as the agent types, and remembers it', async () => {
    const { client, save } = aTerritoryClient();
    await eventsDigestItem.setValue({ ...digestOf([anInPersonEvent()]), territory: [] });
    const handler = vi.fn(() => new Promise<never>(() => undefined));
    serveRefresh(handler);
    renderPopup(client);
    const prompt = await screen.findByRole('region', { name: 'Où travaillez-vous ?' });
    expect(screen.getByText('Territoire : Toute la France')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Dans toute la France' })).toBeInTheDocument();

    const field = within(prompt).getByRole('textbox', { name: 'Votre territoire' });
    expect(field).toHaveAccessibleDescription('Commune, code postal ou département');
    await userEvent.click(field);
    await userEvent.type(field, 'Riom');
    const suggestions = await within(prompt).findByRole('list', { name: 'Territoires proposés' });
    const first = within(suggestions).getAllByRole('button')[0];
    expect(plain(first?.textContent)).toBe('Riom (63200) – Puy-de-Dôme (63)');
    expect(within(prompt).getByRole('status')).toHaveTextContent(/propositions?\./);
    await userEvent.keyboard('{Enter}');

    expect(save).toHaveBeenCalledWith(['63']);
    expect(await screen.findByText(/Territoire enregistré : Puy-de-Dôme \(63\)/)).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Où travaillez-vous ?' })).toBeNull());
    // The list is asked again for the new territory, and the focus goes to its heading.
    expect(handler).toHaveBeenCalledTimes(2);
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Prochains évènements' })),
    );
    expect(await screen.findByText('Territoire : Puy-de-Dôme (63)')).toBeInTheDocument();
  });

  it('takes a postal code or a département number too', async () => {
    const { client, save } = aTerritoryClient();
    await eventsDigestItem.setValue(digestOf([anInPersonEvent()]));
    serveRefresh(() => new Promise(() => undefined));
    renderPopup(client);
    const field = await screen.findByRole('textbox', { name: 'Votre territoire' });
    await userEvent.type(field, '35000');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Rennes (35000) – Ille-et-Vilaine (35)' }),
    );
    expect(save).toHaveBeenLastCalledWith(['35']);
  });

  it('changes it in one click from the popup, and can be cancelled', async () => {
    const { client, save } = aTerritoryClient({ user: { departements: ['63'] } });
    await eventsDigestItem.setValue(digestOf([anInPersonEvent()]));
    serveRefresh(() => new Promise(() => undefined));
    renderPopup(client);
    expect(screen.queryByRole('region', { name: 'Où travaillez-vous ?' })).toBeNull();
    const change = await screen.findByRole('button', {
      name: 'Changer de territoire (actuellement : Puy-de-Dôme (63))',
    });
    await userEvent.click(change);
    const field = screen.getByRole('textbox', { name: 'Votre territoire' });
    expect(document.activeElement).toBe(field);
    await userEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: /Changer de territoire/ })),
    );

    await userEvent.click(screen.getByRole('button', { name: /Changer de territoire/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Votre territoire' }), 'Allier');
    await userEvent.keyboard('{ArrowDown}');
    expect(plain(document.activeElement?.textContent)).toBe('Allier (03) – tout le département');
    await userEvent.keyboard('{Enter}');
    expect(save).toHaveBeenLastCalledWith(['03']);
    expect(await screen.findByText('Territoire : Allier (03)')).toBeInTheDocument();
  });

  it('neither asks nor offers to change a territory set by the organisation (all of France included)', async () => {
    await eventsDigestItem.setValue({ ...digestOf([anInPersonEvent()]), territory: [] });
    serveRefresh(() => new Promise(() => undefined));
    renderPopup(aTerritoryClient({ policy: { departements: [] } }).client);
    expect(await screen.findByText('(défini par votre organisation)')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Où travaillez-vous ?' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Changer/ })).toBeNull();
  });

  it('says when the territory could not be saved', async () => {
    const { client } = aTerritoryClient();
    client.save = async () => false;
    await eventsDigestItem.setValue(digestOf([anInPersonEvent()]));
    serveRefresh(() => new Promise(() => undefined));
    renderPopup(client);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Votre territoire' }), '63{Enter}');
    expect(
      await screen.findByText('Le territoire n’a pas pu être enregistré. Réessayez.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Où travaillez-vous ?' })).toBeInTheDocument();
  });
});

describe('PopupEvents: the list’s state', () => {
  it('says how old the list is once the refresh answers, and repaints when the digest changes', async () => {
    await eventsDigestItem.setValue(digestOf([anInPersonEvent()]));
    serveRefresh(async () => {
      await eventsDigestItem.setValue(
        digestOf([anInPersonEvent(), anInPersonEvent({ key: 'mee:new', title: 'Nouveau salon' })], [], {
          fetchedAt: NOW.toISOString(),
        }),
      );
      return ok({ fetchedAt: NOW.toISOString(), count: 2, dropped: 0, requests: 2 });
    });
    renderPopup();
    expect(await screen.findByRole('button', { name: /Nouveau salon/ })).toBeInTheDocument();
    expect(await screen.findByText('Mis à jour à l’instant')).toBeInTheDocument();
  });

  it('shows the cached list with a banner and a retry when the refresh fails', async () => {
    await eventsDigestItem.setValue(digestOf([anInPersonEvent()]));
    const handler = vi.fn(async (_message: { data: { force?: boolean } }) => fail({ code: 'network' }));
    serveRefresh(handler);
    renderPopup();
    const banner = await screen.findByRole('alert');
    expect(plain(banner.textContent)).toContain('La liste n’a pas pu être mise à jour');
    expect(plain(banner.textContent)).toContain('il y a 5 min');
    expect(banner).toHaveTextContent('vérifiez la connexion internet');
    expect(screen.getByRole('button', { name: /Job dating logistique/ })).toBeInTheDocument();

    await userEvent.click(within(banner).getByRole('button', { name: 'Réessayer' }));
    expect(handler).toHaveBeenCalledTimes(2);
    expect(handler.mock.calls[1]?.[0]).toMatchObject({ data: { force: true } });
  });

  it('says it loads when nothing is cached yet, and what to do when the first load fails', async () => {
    serveRefresh(async () => fail({ code: 'not_configured' }));
    renderPopup();
    expect(await screen.findByText('Les évènements n’ont pas pu être chargés')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('La connexion à ce service n’est pas configurée');
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('designs the empty territory', async () => {
    await eventsDigestItem.setValue(digestOf([]));
    serveRefresh(async () => ok({ fetchedAt: NOW.toISOString(), count: 0, dropped: 0, requests: 2 }));
    renderPopup();
    expect(
      await screen.findByRole('heading', { name: 'Aucun évènement à venir sur votre territoire' }),
    ).toBeInTheDocument();
  });
});

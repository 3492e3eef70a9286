import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EmploymentEvent } from '../../lib/events/core/event';
import { fail, ok } from '../../lib/core/app-error';
import { anInPersonEvent, anOnlineFair } from '../../lib/events/core/test-events';
import { messenger } from '../../lib/platform/messaging/messenger';
import { eventsDigestItem, type EventsDigest } from '../../lib/platform/storage/items';
import { I18nProvider } from '../shared/i18n';
import { PopupEvents } from './PopupEvents';

const NOW = new Date('2025-11-20T10:00:00Z');

function digestOf(events: EmploymentEvent[], fetchedAt = '2025-11-20T09:55:00Z'): EventsDigest {
  return {
    fetchedAt,
    territory: ['63'],
    total: events.length,
    events: events.map(({ descriptionHtml: _d, ...rest }) => rest),
  };
}

const plain = (text: string | null | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? '';

let removeHandler: (() => void) | undefined;

function serveRefresh(handler: Parameters<typeof messenger.onMessage<'refreshEvents'>>[1]) {
  removeHandler = messenger.onMessage('refreshEvents', handler);
}

function renderPopup(onOpen = vi.fn()) {
  render(
    <I18nProvider language="fr">
      <PopupEvents onOpen={onOpen} />
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

describe('PopupEvents', () => {
  it('paints the cached events at once, running online fairs first, with every fact of a row', async () => {
    await eventsDigestItem.setValue(
      digestOf([
        anInPersonEvent(),
        anInPersonEvent({
          key: 'mee:full',
          title: 'Forum complet',
          placesLeft: 0,
          start: '2025-11-21T08:00:00Z',
          end: null,
        }),
        anOnlineFair(),
        anOnlineFair({
          key: 'salon-en-ligne:closed',
          title: 'Salon en ligne clos',
          runningNow: false,
          start: '2025-11-30T23:00:00.000Z',
          end: '2025-12-10T22:59:59.000Z',
          registrationClosesAt: '2025-11-18T22:59:59.000Z',
        }),
      ]),
    );
    // The background never answers: the cached list must paint without it.
    serveRefresh(() => new Promise(() => undefined));
    renderPopup();

    const rows = await screen.findAllByRole('button', { name: /./ });
    const titles = rows.map((row) => row.querySelector('.event-row__title')?.textContent).filter(Boolean);
    expect(titles).toEqual([
      'Salon en ligne des métiers du soin',
      'Forum complet',
      'Job dating logistique',
      'Salon en ligne clos',
    ]);

    const fair = screen.getByRole('button', { name: /Salon en ligne des métiers du soin/ });
    expect(plain(fair.textContent)).toContain('En cours');
    expect(plain(fair.textContent)).toContain('En ligne – RIOM (dept 63)');
    expect(plain(fair.textContent)).toContain('42 offres');
    expect(plain(fair.textContent)).toContain('Candidatures jusqu’au 30 nov.');

    const inPerson = screen.getByRole('button', { name: /Job dating logistique/ });
    expect(plain(inPerson.textContent)).toContain('mar. 25 nov., 9 h – 12 h');
    expect(plain(inPerson.textContent)).toContain('Riom (63200)');
    expect(plain(inPerson.textContent)).toContain('18 places restantes');

    expect(screen.getByRole('button', { name: /Forum complet/ })).toHaveTextContent('Complet');
    expect(screen.getByRole('button', { name: /Salon en ligne clos/ })).toHaveTextContent(
      'Candidatures closes',
    );

    expect(screen.getByText('Territoire : Puy-de-Dôme')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/Mise à jour en cours/);
  });

  it('says how old the list is once the refresh answers, and repaints when the digest changes', async () => {
    await eventsDigestItem.setValue(digestOf([anInPersonEvent()]));
    serveRefresh(async () => {
      await eventsDigestItem.setValue(
        digestOf(
          [anInPersonEvent(), anInPersonEvent({ key: 'mee:new', title: 'Nouveau salon' })],
          NOW.toISOString(),
        ),
      );
      return ok({ fetchedAt: NOW.toISOString(), count: 2, dropped: 0, requests: 2 });
    });
    renderPopup();
    expect(await screen.findByRole('button', { name: /Nouveau salon/ })).toBeInTheDocument();
    expect(await screen.findByText('Mis à jour à l’instant')).toBeInTheDocument();
  });

  it('shows the cached list with a banner and a retry when the refresh fails', async () => {
    await eventsDigestItem.setValue(digestOf([anInPersonEvent()], '2025-11-20T09:55:00Z'));
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

  it('opens the side panel on a row’s detail, or on the whole list with "Voir tout"', async () => {
    await eventsDigestItem.setValue(digestOf([anInPersonEvent()]));
    serveRefresh(() => new Promise(() => undefined));
    const onOpen = renderPopup();
    await userEvent.click(await screen.findByRole('button', { name: /Job dating logistique/ }));
    expect(onOpen).toHaveBeenLastCalledWith('mee:123456');
    await userEvent.click(screen.getByRole('button', { name: 'Voir tout (1)' }));
    expect(onOpen).toHaveBeenLastCalledWith();
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

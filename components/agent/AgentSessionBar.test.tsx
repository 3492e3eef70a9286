import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AgentSessionState } from '../../lib/agent-session/core/agent';
import { fail, ok, type Result } from '../../lib/core/app-error';
import { catalogs } from '../../lib/i18n/catalog';
import { popupCatalogs } from '../../lib/i18n/popup-catalog';
import { registerCatalogs } from '../../lib/i18n/registry';
import { messenger } from '../../lib/platform/messaging/messenger';
import { agentRefreshItem } from '../../lib/platform/storage/items';
import { resolveSettings } from '../../lib/settings/core/settings';
import { toSettingsView } from '../../lib/settings/settings-view';
import { I18nProvider } from '../shared/i18n';
import { AgentSessionBar } from './AgentSessionBar';

const SIGNED_IN: AgentSessionState = {
  status: 'signed_in',
  profile: {
    agent: { givenName: 'Camille', usualName: 'Martin', email: 'camille.martin@ville-riom.fr' },
    organisation: { id: 'ville-de-riom', name: 'Ville de Riom', siret: '21630300400016' },
    role: 'agent',
  },
  accessTokenExpiresAt: '2026-12-01T10:00:00Z',
};

let stops: Array<() => void> = [];
function answer(
  state: () => Result<AgentSessionState>,
  signIn?: () => Result<AgentSessionState>,
  policy: Record<string, unknown> = {},
) {
  stops.push(messenger.onMessage('getAgentSession', () => state()));
  if (signIn) stops.push(messenger.onMessage('agentSignIn', () => signIn()));
  stops.push(messenger.onMessage('agentSignOut', () => ok({ revoked: true, sessionEnded: true })));
  stops.push(messenger.onMessage('getSettingsView', () => ok(toSettingsView(resolveSettings({ policy })))));
}

beforeEach(() => {
  fakeBrowser.reset();
  // Rendered with the popup's own strings: the bar needs nothing the popup leaves out.
  registerCatalogs(popupCatalogs);
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  registerCatalogs(catalogs);
});

const renderBar = () =>
  render(
    <I18nProvider language="fr">
      <AgentSessionBar />
    </I18nProvider>,
  );

describe('AgentSessionBar', () => {
  it('offers ProConnect when signed out, then shows who signed in', async () => {
    answer(
      () => ok({ status: 'signed_out' }),
      () => ok(SIGNED_IN),
    );
    renderBar();
    const button = await screen.findByRole('button', { name: 'Se connecter avec ProConnect' });
    await userEvent.click(button);
    expect(await screen.findByText('Connecté : Camille Martin, Ville de Riom')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se déconnecter' })).toHaveFocus();
  });

  it('asks host access for the configured gateway only, from the click, before signing in', async () => {
    let signIns = 0;
    answer(
      () => ok({ status: 'signed_out' }),
      () => {
        signIns += 1;
        return ok(SIGNED_IN);
      },
      { environment: 'production', gatewayUrl: 'https://passerelle.ville.fr' },
    );
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    renderBar();
    await userEvent.click(await screen.findByRole('button', { name: 'Se connecter avec ProConnect' }));
    expect(await screen.findByText(/La connexion n’a pas abouti/)).toBeInTheDocument();
    expect(request).toHaveBeenCalledWith({ origins: ['https://passerelle.ville.fr/*'] });
    expect(signIns).toBe(0);
  });

  it('says a refused sign-in in its own words', async () => {
    answer(
      () => ok({ status: 'signed_out' }),
      () => fail({ code: 'window_closed', service: 'gateway' }),
    );
    renderBar();
    await userEvent.click(await screen.findByRole('button', { name: 'Se connecter avec ProConnect' }));
    expect(await screen.findByText(/La connexion a été refusée ou abandonnée/)).toBeInTheDocument();
    // Closing the sign-in window gives the panel the focus back: the background's "still signed
    // out" that follows does not erase why (seen in Firefox, where the refusal page stays open).
    window.dispatchEvent(new Event('focus'));
    await agentRefreshItem.removeValue();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText(/La connexion a été refusée ou abandonnée/)).toBeInTheDocument();
  });

  it('signs out, and says an expired session asks to sign in again', async () => {
    let state: AgentSessionState = SIGNED_IN;
    answer(() => ok(state));
    renderBar();
    await userEvent.click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByText('Vous êtes déconnecté.')).toBeInTheDocument();

    state = SIGNED_IN;
    window.dispatchEvent(new Event('focus'));
    await screen.findByText('Connecté : Camille Martin, Ville de Riom');
    state = { status: 'signed_out' };
    window.dispatchEvent(new Event('focus'));
    expect(await screen.findByText(/Votre session a expiré/)).toBeInTheDocument();
  });

  it('follows the background ending the session (a check found it over), without a reload or focus', async () => {
    let state: AgentSessionState = SIGNED_IN;
    await agentRefreshItem.setValue({ gateway: 'http://127.0.0.1:8788', refreshToken: 'rt' });
    answer(() => ok(state));
    renderBar();
    await screen.findByText('Connecté : Camille Martin, Ville de Riom');
    // What session.ts does when the gateway refuses the refresh: the stored session cleared.
    state = { status: 'signed_out' };
    await agentRefreshItem.removeValue();
    expect(await screen.findByText(/Votre session a expiré/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se connecter avec ProConnect' })).toBeInTheDocument();
  });

  it('asks again when the background does not answer yet, instead of hiding the sign-in', async () => {
    renderBar();
    // No handler yet (the service worker starting): the first asks fail.
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer(() => ok({ status: 'signed_out' }));
    expect(
      await screen.findByRole('button', { name: 'Se connecter avec ProConnect' }, { timeout: 3_000 }),
    ).toBeInTheDocument();
  });

  it('shows nothing when no gateway is configured (the simulator’s direct mode)', async () => {
    let asked = 0;
    answer(() => {
      asked += 1;
      return ok({ status: 'not_configured' });
    });
    const { container } = renderBar();
    await waitFor(() => expect(asked).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

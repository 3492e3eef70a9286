import { useCallback, useEffect, useRef, useState } from 'react';
import type { AgentSessionState } from '../../lib/agent-session/core/agent';
import type { AppError } from '../../lib/core/app-error';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/platform/messaging/messenger';
import { agentAccessItem, agentRefreshItem } from '../../lib/platform/storage/items';
import { customOriginPatterns } from '../../lib/settings/host-access';
import { useI18n } from '../shared/i18n';

/**
 * Who is signed in at the organisation's gateway, or the "Se connecter avec ProConnect"
 * button, on the popup and the side panel. The sign-in runs in the background (its window is
 * the browser's); this bar only asks and shows. It does not unmount what the page shows, so an
 * expired session never loses what the agent was typing.
 */
type Phase =
  | { kind: 'loading' }
  | { kind: 'hidden' }
  | { kind: 'signed_out'; note?: 'expired' | 'refused' | 'failed' | 'done' }
  | { kind: 'signing_in' }
  | { kind: 'signing_out' }
  | { kind: 'signed_in'; name: string; organisation: string };

const ASK_RETRIES = 3;
const ASK_RETRY_MS = 500;

const REFUSED: ReadonlyArray<AppError['code']> = ['access_denied', 'window_closed', 'cancelled'];

/**
 * What a background answer changes: nothing while the bar's own sign-in or sign-out runs, and a
 * "still signed out" does not erase why the agent is signed out (refused, failed, expired: an
 * answer that arrives after the sign-in window closed must not hide the refusal).
 */
function settle(current: Phase, next: Phase): Phase {
  if (current.kind === 'signing_in' || current.kind === 'signing_out') return current;
  if (current.kind === 'signed_out' && next.kind === 'signed_out' && next.note === undefined) return current;
  return next;
}

function phaseOf(state: AgentSessionState, wasSignedIn: boolean): Phase {
  if (state.status === 'not_configured') return { kind: 'hidden' };
  if (state.status === 'signed_out')
    return wasSignedIn ? { kind: 'signed_out', note: 'expired' } : { kind: 'signed_out' };
  const { agent, organisation } = state.profile;
  return {
    kind: 'signed_in',
    name: `${agent.givenName} ${agent.usualName}`,
    organisation: organisation.name,
  };
}

/** `onSessionChange`: told when the agent signs in or out (the options page reloads what depends on it). */
export function AgentSessionBar({ onSessionChange }: { onSessionChange?: () => void } = {}) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const wasSignedIn = useRef(false);
  const lastKnown = useRef<string>(undefined);
  const changed = useRef(onSessionChange);
  useEffect(() => {
    changed.current = onSessionChange;
  }, [onSessionChange]);
  /** Calls back when the session's status differs from the last one seen (not on the first). */
  const noteStatus = (status: string) => {
    const before = lastKnown.current;
    lastKnown.current = status;
    if (before !== undefined && before !== status) changed.current?.();
  };
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The gateway's host, asked for at sign-in (optional_host_permissions): this host only.
  const gatewayHosts = useRef<string[]>([]);
  useEffect(() => {
    sendMessage('getSettingsView', undefined)
      .then((reply) => {
        const url = reply.ok ? reply.value.values.gatewayUrl : undefined;
        gatewayHosts.current = customOriginPatterns([typeof url === 'string' ? url : undefined]);
      })
      .catch(() => undefined);
  }, []);

  const refresh = useCallback(() => {
    const ask = (retries: number) => {
      sendMessage('getAgentSession', undefined)
        .then((reply) => {
          if (!reply.ok) return;
          noteStatus(reply.value.status);
          const next = phaseOf(reply.value, wasSignedIn.current);
          wasSignedIn.current = next.kind === 'signed_in';
          setPhase((current) => settle(current, next));
        })
        .catch(() => {
          // No answer yet: the background may still be starting (a stopped service worker).
          // Ask again shortly rather than hide the sign-in for good.
          if (retries > 0) setTimeout(() => ask(retries - 1), ASK_RETRY_MS);
          else setPhase({ kind: 'hidden' });
        });
    };
    ask(ASK_RETRIES);
  }, []);

  useEffect(() => {
    refresh();
    // Coming back to the page (the sign-in window closed, a night passed): ask again.
    const onFocus = () => refresh();
    window.addEventListener('focus', onFocus);
    // The background ends a session a check found over (refresh refused): follow it at once,
    // so the "sign in again" the check asks for is right here, not after a reload.
    const unwatch = [agentAccessItem.watch(refresh), agentRefreshItem.watch(refresh)];
    return () => {
      window.removeEventListener('focus', onFocus);
      for (const stop of unwatch) stop();
    };
  }, [refresh]);

  const signIn = () => {
    setPhase({ kind: 'signing_in' });
    // Asked first, within the click (a user gesture); a loopback gateway needs no prompt.
    const hosts = gatewayHosts.current;
    const granted =
      hosts.length > 0
        ? browser.permissions.request({ origins: hosts }).catch(() => false)
        : Promise.resolve(true);
    granted
      .then((allowed) => {
        if (!allowed) throw new Error('host access refused');
        return sendMessage('agentSignIn', undefined);
      })
      .then((reply) => {
        if (reply.ok) {
          noteStatus(reply.value.status);
          const next = phaseOf(reply.value, false);
          wasSignedIn.current = next.kind === 'signed_in';
          setPhase(next);
        } else {
          setPhase({ kind: 'signed_out', note: REFUSED.includes(reply.error.code) ? 'refused' : 'failed' });
        }
      })
      .catch(() => setPhase({ kind: 'signed_out', note: 'failed' }))
      .finally(() => buttonRef.current?.focus());
  };

  const signOut = () => {
    setPhase({ kind: 'signing_out' });
    sendMessage('agentSignOut', undefined)
      .catch(() => undefined)
      .finally(() => {
        wasSignedIn.current = false;
        noteStatus('signed_out');
        setPhase({ kind: 'signed_out', note: 'done' });
        buttonRef.current?.focus();
      });
  };

  if (phase.kind === 'hidden' || phase.kind === 'loading') return null;
  const words = t.common.agent;
  const note =
    phase.kind === 'signed_out'
      ? phase.note === 'expired'
        ? words.expired
        : phase.note === 'refused'
          ? words.refused
          : phase.note === 'failed'
            ? words.failed
            : phase.note === 'done'
              ? words.signedOutDone
              : words.signedOut
      : undefined;
  return (
    <section className="agent-session" aria-label={words.label}>
      <p role="status" className="agent-session__state">
        {phase.kind === 'signed_in'
          ? words.signedIn(phase.name, phase.organisation)
          : phase.kind === 'signing_in'
            ? words.signingIn
            : phase.kind === 'signing_out'
              ? words.signingOut
              : note}
      </p>
      {phase.kind === 'signed_in' || phase.kind === 'signing_out' ? (
        <button
          ref={buttonRef}
          type="button"
          className="button button--secondary"
          onClick={signOut}
          disabled={phase.kind === 'signing_out'}
        >
          {words.signOut}
        </button>
      ) : (
        <button
          ref={buttonRef}
          type="button"
          className="button"
          onClick={signIn}
          disabled={phase.kind === 'signing_in'}
        >
          {words.signIn}
        </button>
      )}
    </section>
  );
}

import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../background/handlers';
import { handleRequest, isOwnExtensionPage, type ProtocolHandlers } from './serve';
import { requestSchemas } from './request-schemas';

function handlersWith(overrides: Partial<ProtocolHandlers>): ProtocolHandlers {
  return { ...createHandlers(), ...overrides };
}

describe('the protocol', () => {
  it('has one request schema and one handler for every message, and nothing else', () => {
    expect(Object.keys(createHandlers()).sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('refuses a malformed request before the handler runs, as a typed value', async () => {
    const getEventDetail = vi.fn();
    const reply = await handleRequest(
      'getEventDetail',
      { source: 'elsewhere', id: '' },
      handlersWith({ getEventDetail }),
    );
    expect(getEventDetail).not.toHaveBeenCalled();
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(reply.ok === false && reply.error.detail).toContain('source');
  });

  it('refuses unknown fields (strict schemas)', async () => {
    const reply = await handleRequest('refreshEvents', { force: true, extra: 1 }, createHandlers());
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('passes the parsed request to the handler', async () => {
    const verifyStatus = vi.fn(async () => ({
      ok: true as const,
      value: { status: null, journalEntryId: 'x' },
    }));
    const reply = await handleRequest(
      'verifyStatus',
      { mode: 'identifiant', identifiant: '1234567A', motif: '  Aide sociale ', caseReference: 'D-42' },
      handlersWith({ verifyStatus }),
    );
    expect(verifyStatus).toHaveBeenCalledWith(
      expect.objectContaining({ motif: 'Aide sociale', caseReference: 'D-42' }),
    );
    expect(reply).toEqual({ ok: true, value: { status: null, journalEntryId: 'x' } });
  });

  it('turns a handler that throws into an "internal" error value without its message', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await handleRequest(
      'findJournalByIdentifier',
      { identifiant: '1234567A' },
      handlersWith({
        findJournalByIdentifier: async () => {
          throw new TypeError('secret 1234567A');
        },
      }),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('1234567A');
    expect(JSON.stringify(spy.mock.calls)).not.toContain('1234567A');
  });
});

describe('isOwnExtensionPage', () => {
  const id = 'elangemhemgkbajjllcmdnnfleoelhfk';
  const origin = `chrome-extension://${id}/`;

  it('accepts the extension’s own pages', () => {
    expect(isOwnExtensionPage({ id, url: `${origin}sidepanel.html` }, id, origin)).toBe(true);
  });

  it('refuses other extensions, web pages and senders without URL', () => {
    expect(isOwnExtensionPage({ id: 'other', url: `${origin}popup.html` }, id, origin)).toBe(false);
    expect(isOwnExtensionPage({ id, url: 'https://example.org/' }, id, origin)).toBe(false);
    expect(isOwnExtensionPage({ id }, id, origin)).toBe(false);
  });
});

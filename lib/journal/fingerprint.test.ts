// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { journalKeyItem } from '../platform/storage/items';
import { fingerprintIdentifier, normaliseIdentifier, resetJournalKeyCache } from './fingerprint';

describe('identifier fingerprints', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetJournalKeyCache();
  });

  it('normalises spaces and case before hashing', async () => {
    expect(normaliseIdentifier(' 1234 567a ')).toBe('1234567A');
    expect(await fingerprintIdentifier(' 1234 567a ')).toBe(await fingerprintIdentifier('1234567A'));
  });

  it('is a 64-hex HMAC that differs between identifiers and does not contain them', async () => {
    const a = await fingerprintIdentifier('1234567A');
    const b = await fingerprintIdentifier('2345678B');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('1234567');
  });

  it('matches an HMAC-SHA-256 computed independently with the stored key', async () => {
    const fingerprint = await fingerprintIdentifier('1234567A');
    const jwk = await journalKeyItem.getValue();
    expect(jwk?.kty).toBe('oct');
    const key = await crypto.subtle.importKey('jwk', jwk!, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('1234567A'));
    expect(Buffer.from(mac).toString('hex')).toBe(fingerprint);
  });

  it('creates one key per installation and keeps it across restarts', async () => {
    const [first, second] = await Promise.all([
      fingerprintIdentifier('1234567A'),
      fingerprintIdentifier('1234567A'),
    ]);
    expect(first).toBe(second);
    const stored = await journalKeyItem.getValue();
    resetJournalKeyCache(); // as after a service-worker restart
    expect(await fingerprintIdentifier('1234567A')).toBe(first);
    expect(await journalKeyItem.getValue()).toEqual(stored);
  });

  it('gives another fingerprint on another installation (another key)', async () => {
    const here = await fingerprintIdentifier('1234567A');
    fakeBrowser.reset();
    resetJournalKeyCache();
    expect(await fingerprintIdentifier('1234567A')).not.toBe(here);
  });
});

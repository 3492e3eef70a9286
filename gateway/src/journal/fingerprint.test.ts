import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkIdentifierForGateway, identifierKey } from '../shared/identifier';
import { fingerprint, parseJournalKey } from './fingerprint';

const KEY_A = parseJournalKey('11'.repeat(32));
const KEY_B = parseJournalKey('22'.repeat(32));

function normalised(raw: string): string {
  const checked = checkIdentifierForGateway(raw, true);
  if (!checked.ok) throw new Error(checked.problem);
  return identifierKey(checked.value);
}

describe('identifier fingerprints', () => {
  it('is the HMAC-SHA-256 of the normalised identifier', () => {
    expect(fingerprint(KEY_A, normalised(' 1234567a '))).toBe(
      createHmac('sha256', Buffer.alloc(32, 0x11)).update('1234567A').digest('hex'),
    );
    expect(fingerprint(KEY_A, normalised('1234567A'))).toBe(fingerprint(KEY_A, normalised('1234567a')));
  });

  it('differs between organisations', () => {
    expect(fingerprint(KEY_A, '1234567A')).not.toBe(fingerprint(KEY_B, '1234567A'));
  });

  it('refuses a short key', () => {
    expect(() => parseJournalKey('abcd')).toThrow(/32 bytes/);
    expect(parseJournalKey(Buffer.alloc(32, 7).toString('base64url'))).toEqual(Buffer.alloc(32, 7));
  });
});

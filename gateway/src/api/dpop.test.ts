import { describe, expect, it } from 'vitest';
import { dpopProof, otherKeyPair } from '../../test/dpop';
import { DpopError, verifyDpopProof } from './dpop';

const URL_ME = 'https://passerelle.example.fr/api/v1/me';

describe('DPoP proof verification', () => {
  it('accepts a proof for this method, URL (query ignored) and token, and gives the key thumbprint', async () => {
    const keys = await otherKeyPair();
    const proof = await dpopProof(keys, {
      htm: 'GET',
      htu: `${URL_ME}?x=1`,
      accessToken: 'token-1',
      jti: 'jti-00000001',
    });
    const verified = await verifyDpopProof(proof, { method: 'GET', url: URL_ME, accessToken: 'token-1' });
    expect(verified).toMatchObject({ jti: 'jti-00000001', thumbprint: expect.stringMatching(/^[\w-]{43}$/) });
  });

  it.each([
    ['htm', { htm: 'POST' }, 'htm does not match the request method'],
    ['htu', { htu: 'https://autre.example.fr/api/v1/me' }, 'htu does not match the request URL'],
    ['ath', { accessToken: 'token-2' }, 'ath does not match the access token'],
    ['iat', { iat: Math.floor(Date.now() / 1000) + 3600 }, 'iat is not recent'],
  ])('refuses a proof whose %s does not match', async (_name, change, reason) => {
    const keys = await otherKeyPair();
    const proof = await dpopProof(keys, { htm: 'GET', htu: URL_ME, accessToken: 'token-1', ...change });
    await expect(
      verifyDpopProof(proof, { method: 'GET', url: URL_ME, accessToken: 'token-1' }),
    ).rejects.toEqual(new DpopError(reason));
  });

  it('refuses what is not a dpop+jwt signed by its embedded key', async () => {
    await expect(
      verifyDpopProof('not.a.jwt', { method: 'GET', url: URL_ME, accessToken: 't' }),
    ).rejects.toBeInstanceOf(DpopError);
    const keys = await otherKeyPair();
    const proof = await dpopProof(keys, { htm: 'GET', htu: URL_ME, accessToken: 't' });
    const [header, payload] = proof.split('.');
    const forged = `${header}.${payload}.${Buffer.from('x'.repeat(64)).toString('base64url')}`;
    await expect(
      verifyDpopProof(forged, { method: 'GET', url: URL_ME, accessToken: 't' }),
    ).rejects.toBeInstanceOf(DpopError);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as fx from './fixtures';
import { oauthErrorSchema, tokenResponseSchema } from './oauth';

describe('OAuth answers', () => {
  it('documented token and error answers parse', () => {
    expect(tokenResponseSchema.parse(fx.PARTNER_TOKEN_SAMPLE).expires_in).toBe(1499);
    expect(oauthErrorSchema.parse(fx.OAUTH_ERROR_SAMPLE).error).toBe('invalid_client');
  });

  it('token answers without a token or with another token type fail', () => {
    expect(tokenResponseSchema.safeParse({ token_type: 'Bearer', expires_in: 1 }).success).toBe(false);
    expect(tokenResponseSchema.safeParse({ ...fx.PARTNER_TOKEN_SAMPLE, token_type: 'MAC' }).success).toBe(
      false,
    );
  });
});

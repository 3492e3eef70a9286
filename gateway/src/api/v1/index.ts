/**
 * The API under /api/v1: one encapsulated plugin whose every route goes through the DPoP
 * authentication hook. Part 2 adds its features here (gateway/src/<feature>/routes.ts).
 */
import type Provider from 'oidc-provider';
import type { GatewayApp } from '../../app-types';
import { apiAuthentication } from '../auth';
import { meRoute } from './me';

export async function registerApi(app: GatewayApp, provider: Provider): Promise<void> {
  const authenticate = apiAuthentication(app, provider);
  await app.register(
    async (api) => {
      const scoped = api as unknown as GatewayApp;
      scoped.addHook('onRequest', authenticate);
      meRoute(scoped);
    },
    { prefix: '/api/v1' },
  );
}

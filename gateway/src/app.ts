/**
 * The gateway's HTTP application: zod-validated routes, an OpenAPI 3.1 document generated from
 * them, problem documents for every error, request ids, and the feature modules.
 */
import swagger from '@fastify/swagger';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { GatewayApp, GatewayDeps } from './app-types';
import { registerApi } from './api/v1';
import { healthRoutes } from './health/routes';
import { installErrorHandlers } from './http/errors';
import { REQUEST_ID_HEADER, requestId } from './http/request-id';
import { mountAuthorizationServer } from './oauth/mount';
import { createAuthorizationServer } from './oauth/provider';
import { proConnectClient } from './signin/proconnect';
import { signInRoutes } from './signin/routes';

export const GATEWAY_VERSION = '0.1.0';

/** A hop count becomes proxy-addr's function form (Fastify types only list the others). */
function trustProxy(value: GatewayDeps['loaded']['config']['trustProxy']) {
  return typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;
}

export async function buildApp(deps: GatewayDeps): Promise<GatewayApp> {
  const { config } = deps.loaded;
  const fastify = Fastify({
    loggerInstance: deps.logger,
    trustProxy: trustProxy(config.trustProxy),
    genReqId: requestId,
    bodyLimit: 64 * 1024,
    return503OnClosing: true,
  }).withTypeProvider();
  const app = fastify as unknown as GatewayApp;
  app.decorate('gateway', deps);
  // Every documented route, as registered: a test holds the OpenAPI document to this list.
  const routeList: Array<{ method: string; url: string }> = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    const hidden = (route.schema as { hide?: boolean } | undefined)?.hide === true;
    for (const method of [route.method].flat()) {
      if (!hidden && method !== 'HEAD' && method !== 'OPTIONS') routeList.push({ method, url: route.url });
    }
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);

  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Guichet Emploi — passerelle',
        description:
          'The organisation gateway: the agents’ sign-in (ProConnect) and the API the extension calls with DPoP-bound tokens.',
        version: GATEWAY_VERSION,
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: {
          dpop: {
            type: 'http',
            scheme: 'DPoP',
            description:
              'Authorization: DPoP <access token>, with a DPoP proof (RFC 9449) in the DPoP header.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // The sign-in pages' forms (oidc-provider reads its own bodies: its routes are never parsed).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  healthRoutes(app);
  const provider = createAuthorizationServer(deps.loaded, deps.database.db, deps.logger);
  mountAuthorizationServer(app, provider);
  signInRoutes(app, { provider, proconnect: proConnectClient(deps.loaded) });
  await registerApi(app, provider);

  await app.ready();
  return app;
}

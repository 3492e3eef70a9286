/**
 * What every route module receives: the Fastify instance with the zod type provider and the
 * gateway's dependencies decorated on it (no module-level state: processes are stateless).
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { LoadedConfig } from './config/load';
import type { DatabaseHandle } from './db/open';
import type { Logger } from './log/logger';

export interface GatewayDeps {
  loaded: LoadedConfig;
  database: DatabaseHandle;
  logger: Logger;
}

export type GatewayApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
> & {
  gateway: GatewayDeps;
  routeList: ReadonlyArray<{ method: string; url: string }>;
};

/**
 * Part 2's routes: the API ones inside part 1's DPoP-authenticated /api/v1 plugin, the
 * FranceConnect browser returns at the root. Part 1 calls these two functions.
 */
import type { GatewayApp } from '../app-types';
import { checkRoutes, franceConnectReturnRoutes } from '../checks/routes';
import { eventRoutes } from '../events/routes';
import { journalRoutes } from '../journal/routes';
import type { CallerOf } from './caller';
import type { Part2Context } from './context';
import { settingsRoute } from './settings-route';

export function registerPart2Api(api: GatewayApp, context: Part2Context, callerOf: CallerOf): void {
  checkRoutes(api, context, callerOf);
  eventRoutes(api, context, callerOf);
  journalRoutes(api, context, callerOf);
  settingsRoute(api, context, callerOf);
}

export function registerPart2Browser(app: GatewayApp, context: Part2Context): void {
  franceConnectReturnRoutes(app, context);
}

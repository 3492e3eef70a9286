/**
 * One gateway process of the two-process limiter test: its own pool on the shared
 * PostgreSQL, N checks by identifier at once through the central limiter. Prints a JSON line.
 */
import { checkByIdentifier } from '../src/checks/identifier-check';
import { openPostgres } from '../src/db/open';
import { ProblemError } from '../src/http/problem';
import { createLimiter } from '../src/upstream/limiter';
import { RIOM_PROFILE } from './part2-support';

const [databaseUrl = '', simulatorUrl = '', countText = '10', perSecondText = '4'] = process.argv.slice(2);
const handle = openPostgres(databaseUrl, 4);
const deps = {
  db: handle.db,
  limiter: createLimiter(handle.db, Number(perSecondText)),
  apiParticulierUrl: simulatorUrl,
  production: false,
  maxWaitMs: 30_000,
};
const outcomes = await Promise.all(
  Array.from({ length: Number(countText) }, (_, i) =>
    checkByIdentifier(deps, RIOM_PROFILE, {
      agentId: `agent-${process.pid}`,
      identifiant: '1234567A',
      motif: 'Domiciliation',
      caseReference: `LIM-${i}`,
    }).then(
      () => 'ok',
      (error: unknown) => (error instanceof ProblemError ? error.code : 'crash'),
    ),
  ),
);
await handle.close();
process.stdout.write(`${JSON.stringify({ pid: process.pid, outcomes })}\n`);

/**
 * The gateway under load: its production build in child processes (PostgreSQL, then PGlite),
 * driven from this process over loopback with autocannon and fetch, by agents signed in through
 * the real flow, against the simulator answering its data APIs in LATENCY_MS (fault "lent").
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { startSimulator, type RunningSimulator } from '../simulator/server';
import { openPglite, openPostgres, type DatabaseHandle } from '../gateway/src/db/open';
import { verifyJournal } from '../gateway/src/journal/store';
import { simulatorUpstreams } from '../gateway/src/part2/upstreams';
import { testConfigDocument } from '../gateway/test/harness';
import { freePort, startPostgresCluster, type PostgresCluster } from '../gateway/test/postgres-cluster';
import { buildProductionBundle, spawnGateway, type GatewayProcess } from '../gateway/test/processes';
import { testEnv } from '../gateway/test/secrets';
import { signInAgents, type BenchAgent } from './gateway-agents';
import { median, percentile } from './stats';

/** Upstream latency of every data API of the simulator (France Travail, API Particulier). */
export const LATENCY_MS = 50;
/** The fan-in's territories: one agent in five opens each. */
const TERRITORIES = ['63', '75', '13', '69', '33'];
/** Identifiers the simulated API Particulier knows (simulator/data/people.ts). */
const IDENTIFIERS = ['1234567A', '2345678B', '3456789C', 'jean.dupont33', 'martin.jacques'];
const EVENTS_PATH = `/api/v1/events?departements=63`;
const CHECK_PATH = '/api/v1/checks/identifier';
/** Case references of the journal run's checks (the overhead run's checks are journaled too). */
const JOURNAL_CASES = 'JOURNAL';

export type DatabaseKind = 'postgres' | 'pglite';

export interface GatewayLoadOptions {
  /** Seconds of each autocannon run (/health, events). */
  seconds: number;
  fanInAgents: number;
  journalChecks: number;
  /** Checks per second offered in the overhead run: under the gateway's API Particulier quota (10/s). */
  checksPerSecond: number;
}

export interface KindResult {
  kind: DatabaseKind;
  health: { rps: number; p50: number; p99: number };
  events: {
    rps: number;
    p50: number;
    p99: number;
    non2xx: number;
    errors: number;
    /** Not answered within 30 s: a time, so printed, not a budget (the machine's load moves it). */
    timeouts: number;
    bytes: number;
  };
  checks: { samples: number; p50: number; p95: number; non2xx: number };
  fanIn: { agents: number; ok: number; refreshes: number; upstream429: number; wallMs: number };
  journal: {
    processes: number;
    checks: number;
    answered: number;
    /** Answers other than 200 (rate limited…): journaled with their outcome, not lost. */
    notOk: number;
    intents: number;
    outcomes: number;
    distinctOutcomes: number;
    missing: number;
    chainOk: boolean;
    wallMs: number;
  };
  rssBytes: number;
}

/** Answers of the simulator by status on one path (its own count, simulator/server.ts). */
function answered(sim: RunningSimulator, path: string | null, status: number): number {
  let total = 0;
  for (const [served, byStatus] of sim.state.answered) {
    if (path === null || served === path) total += byStatus.get(status) ?? 0;
  }
  return total;
}

function cannon(
  options: autocannon.Options,
  onResponse?: (ms: number, status: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) =>
        onResponse(responseTime, statusCode),
      );
    }
  });
}

/** Round robin over the agents, a fresh proof per request (the gateway refuses a replayed one). */
function dpopRequests(
  agents: readonly BenchAgent[],
  publicUrl: string,
  method: 'GET' | 'POST',
  path: string,
  body?: (n: number) => string,
): autocannon.Request[] {
  let n = 0;
  const htu = `${publicUrl}${path.split('?')[0]}`;
  return [
    {
      method,
      path,
      setupRequest: (request) => {
        const agent = agents[n % agents.length] as BenchAgent;
        const count = n++;
        return {
          ...request,
          headers: {
            ...request.headers,
            authorization: agent.authorization,
            dpop: agent.proof(method, htu),
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          ...(body ? { body: body(count) } : {}),
        };
      },
    },
  ];
}

function checkBody(n: number, prefix = 'BENCH'): string {
  return JSON.stringify({
    identifiant: IDENTIFIERS[n % IDENTIFIERS.length],
    // A motif both demo organisations list (gateway/config/demo.json).
    motif: 'Instruction d’une demande d’aide sociale',
    caseReference: `${prefix}-${n}`,
  });
}

async function fetchWithProof(
  agent: BenchAgent,
  publicUrl: string,
  port: number,
  path: string,
  init: RequestInit = {},
) {
  const method = init.method ?? 'GET';
  return fetch(`http://127.0.0.1:${port}${path}`, {
    ...init,
    headers: {
      authorization: agent.authorization,
      dpop: agent.proof(method, `${publicUrl}${path.split('?')[0]}`),
      ...(init.body ? { 'content-type': 'application/json' } : {}),
    },
  });
}

function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) * 1024;
}

interface Deployment {
  kind: DatabaseKind;
  publicUrl: string;
  processes: GatewayProcess[];
  stopProcesses: () => Promise<void>;
  /** The database, for the bench's own reads once the processes are stopped (PGlite: one opener). */
  open: () => Promise<DatabaseHandle>;
  drop: () => Promise<void>;
}

async function deploy(
  kind: DatabaseKind,
  sim: RunningSimulator,
  cluster: PostgresCluster | null,
  count: number,
): Promise<Deployment> {
  const publicPort = await freePort();
  const env = testEnv();
  let url: string | undefined;
  let dataDir: string | undefined;
  let drop = async () => {};
  if (kind === 'postgres') {
    if (!cluster) throw new Error('no PostgreSQL cluster');
    const name = `bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: cluster.adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    url = cluster.adminUrl.replace(/\/postgres$/, `/${name}`);
    env.GATEWAY_DATABASE_URL = url;
    drop = async () => {
      const again = new pg.Client({ connectionString: cluster.adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
    dataDir = dir;
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  const processes: GatewayProcess[] = [];
  for (let i = 0; i < count; i++) {
    const document = testConfigDocument({
      port: publicPort,
      simulatorUrl: sim.url,
      database: { kind, ...(url ? { url } : {}), ...(dataDir ? { dataDir } : {}) } as never,
    });
    document.upstreams = simulatorUpstreams(sim.url);
    // The first process listens on the public port; the others share its issuer and keys.
    document.listen = { host: '127.0.0.1', port: i === 0 ? publicPort : await freePort() };
    if (kind === 'postgres') (document.database as Record<string, unknown>).poolSize = 10;
    // One after the other: the migrations run under a lock at start.
    processes.push(await spawnGateway(`${kind}-${i}`, document, env));
  }
  let stopped = false;
  return {
    kind,
    publicUrl: `http://127.0.0.1:${publicPort}`,
    processes,
    async stopProcesses() {
      if (stopped) return;
      stopped = true;
      await Promise.all(processes.map((process) => process.stop()));
    },
    open: async () => (url ? openPostgres(url, 2) : openPglite(dataDir)),
    drop,
  };
}

async function fanIn(dep: Deployment, sim: RunningSimulator, agents: readonly BenchAgent[]) {
  const first = dep.processes[0] as GatewayProcess;
  const refreshesBefore = answered(sim, '/partenaire/evenements/v1/salonsenligne', 200);
  const tooManyBefore = answered(sim, null, 429);
  const started = performance.now();
  const answers = await Promise.all(
    agents.map((agent, i) =>
      fetchWithProof(
        agent,
        dep.publicUrl,
        first.port,
        `/api/v1/events?departements=${TERRITORIES[i % TERRITORIES.length]}&size=50`,
      ).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
        () => 0,
      ),
    ),
  );
  return {
    agents: agents.length,
    ok: answers.filter((status) => status === 200).length,
    refreshes: answered(sim, '/partenaire/evenements/v1/salonsenligne', 200) - refreshesBefore,
    upstream429: answered(sim, null, 429) - tooManyBefore,
    wallMs: performance.now() - started,
  };
}

async function throughput(dep: Deployment, agents: readonly BenchAgent[], seconds: number) {
  const port = (dep.processes[0] as GatewayProcess).port;
  const base = `http://127.0.0.1:${port}`;
  const health = await cannon({ url: `${base}/health`, connections: 100, duration: seconds });
  const events = await cannon({
    url: base,
    connections: 100,
    duration: seconds,
    // As for checks: a slow answer is measured (p99), not dropped at autocannon's default 10 s.
    timeout: 30,
    requests: dpopRequests(agents, dep.publicUrl, 'GET', EVENTS_PATH),
  });
  return {
    health: { rps: health.requests.average, p50: health.latency.p50, p99: health.latency.p99 },
    events: {
      rps: events.requests.average,
      p50: events.latency.p50,
      p99: events.latency.p99,
      non2xx: events.non2xx,
      // autocannon's `errors` include its timeouts: counted apart here.
      errors: events.errors - events.timeouts,
      timeouts: events.timeouts,
      bytes: events.throughput.average,
    },
  };
}

async function checkOverhead(
  dep: Deployment,
  agents: readonly BenchAgent[],
  perSecond: number,
  seconds: number,
) {
  const port = (dep.processes[0] as GatewayProcess).port;
  const samples: number[] = [];
  const result = await cannon(
    {
      url: `http://127.0.0.1:${port}`,
      connections: agents.length,
      overallRate: perSecond,
      // A number of checks rather than a duration: every one is waited for.
      amount: Math.max(50, Math.round(perSecond * seconds)),
      timeout: 30,
      requests: dpopRequests(agents, dep.publicUrl, 'POST', CHECK_PATH, checkBody),
    },
    (ms, status) => {
      if (status === 200) samples.push(ms - LATENCY_MS);
    },
  );
  if (samples.length === 0) throw new Error(`No check answered 200 (${result.non2xx} answers not 2xx)`);
  return {
    samples: samples.length,
    p50: median(samples),
    p95: percentile(samples, 95),
    non2xx: result.non2xx,
  };
}

/** `total` checks spread over every process at once, each agent one check after the other. */
async function journalRun(dep: Deployment, agents: readonly BenchAgent[], total: number) {
  const ids: string[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    agents.map(async (agent, a) => {
      const target = dep.processes[a % dep.processes.length] as GatewayProcess;
      while (next < total) {
        const n = next++;
        const response = await fetchWithProof(agent, dep.publicUrl, target.port, CHECK_PATH, {
          method: 'POST',
          body: checkBody(n, JOURNAL_CASES),
        }).catch(() => null);
        const answer = (await response?.json().catch(() => null)) as { checkId?: string } | null;
        if (response?.status === 200 && answer?.checkId) ids.push(answer.checkId);
        else failures += 1;
      }
    }),
  );
  return { ids, failures, wallMs: performance.now() - started };
}

/** What the journal holds once the processes are stopped: every check once, the chains whole. */
async function journalContents(dep: Deployment, ids: readonly string[]) {
  const handle = await dep.open();
  try {
    const rows = await handle.db
      .selectFrom('journal_entries')
      .select(['organisation_id', 'kind', 'id', 'check_id', 'case_reference'])
      .execute();
    const intents = rows.filter(
      (row) => row.kind === 'check_intent' && row.case_reference?.startsWith(`${JOURNAL_CASES}-`),
    );
    const intentIds = new Set(intents.map((row) => row.id));
    const outcomes = rows.filter((row) => row.kind === 'check_outcome' && intentIds.has(row.check_id ?? ''));
    const distinct = new Set(outcomes.map((row) => row.check_id));
    const organisations = [...new Set(rows.map((row) => row.organisation_id))];
    const reports = await Promise.all(organisations.map((org) => verifyJournal(handle.db, org)));
    return {
      // Each check once: one intent per case reference sent.
      intents:
        new Set(intents.map((row) => row.case_reference)).size === intents.length ? intents.length : -1,
      outcomes: outcomes.length,
      distinctOutcomes: distinct.size,
      missing: ids.filter((id) => !distinct.has(id)).length,
      chainOk: reports.length > 0 && reports.every((report) => report.ok),
    };
  } finally {
    await handle.close();
  }
}

async function setLatency(sim: RunningSimulator): Promise<void> {
  const response = await fetch(`${sim.url}/__admin/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pannes: ['lent'], lentMs: LATENCY_MS }),
  });
  if (!response.ok) throw new Error(`The simulator refused its latency setting (${response.status})`);
}

async function measureKind(
  kind: DatabaseKind,
  cluster: PostgresCluster | null,
  options: GatewayLoadOptions,
  log: (line: string) => void,
): Promise<KindResult> {
  const sim = await startSimulator({ port: 0, quiet: true, seed: 'gateway-bench' });
  let dep: Deployment | null = null;
  try {
    await setLatency(sim);
    // PGlite serves one process; PostgreSQL two, for the journal written from both at once.
    dep = await deploy(kind, sim, cluster, kind === 'postgres' ? 2 : 1);
    const issuer = `${dep.publicUrl}/oauth`;
    log(`${kind}: signing ${options.fanInAgents} agents in…`);
    const agents = await signInAgents(issuer, options.fanInAgents);
    log(`${kind}: fan-in`);
    const fan = await fanIn(dep, sim, agents);
    log(`${kind}: /health and events, 100 connections`);
    const load = await throughput(dep, agents.slice(0, 100), options.seconds);
    // Let the previous run's backlog drain before the next one.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    log(`${kind}: checks, 50 agents`);
    const checks = await checkOverhead(dep, agents.slice(0, 50), options.checksPerSecond, options.seconds);
    // Access tokens last 5 minutes: the journal's agents sign in afresh.
    log(`${kind}: journal, ${options.journalChecks} checks`);
    // Few enough that a check rarely waits past the limiter's 3 s (it would answer 429, journaled).
    const writers = await signInAgents(issuer, 8);
    const run = await journalRun(dep, writers, options.journalChecks);
    const rssBytes = rssOf((dep.processes[0] as GatewayProcess).pid);
    await dep.stopProcesses();
    const contents = await journalContents(dep, run.ids);
    return {
      kind,
      ...load,
      checks,
      fanIn: fan,
      journal: {
        processes: dep.processes.length,
        checks: options.journalChecks,
        answered: run.ids.length,
        ...contents,
        notOk: run.failures,
        wallMs: run.wallMs,
      },
      rssBytes,
    };
  } finally {
    await dep?.stopProcesses();
    await dep?.drop();
    await sim.close();
  }
}

/** Both databases, one after the other (they would share the two cores otherwise). */
export async function measureGatewayLoad(
  options: GatewayLoadOptions,
  log: (line: string) => void = (line) => console.error(line),
): Promise<KindResult[]> {
  log('Gateway production build…');
  buildProductionBundle();
  const cluster = await startPostgresCluster();
  try {
    return [
      await measureKind('postgres', cluster, options, log),
      await measureKind('pglite', null, options, log),
    ];
  } finally {
    cluster.stop();
  }
}

/** One line of the gateway table: a figure for each database, its budget, whether both hold. */
export interface GatewayFigure {
  figure: string;
  postgres: string;
  pglite: string;
  budget: string;
  ok: boolean | null;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * The table: counts and ratios are budgets (they fail the run); absolute times are printed
 * beside their goals only (a shared 2-core machine moves them between runs).
 */
export function gatewayFigures(results: readonly KindResult[]): GatewayFigure[] {
  const of = (kind: DatabaseKind) => results.find((result) => result.kind === kind);
  const row = (
    figure: string,
    value: (r: KindResult) => number,
    show: (n: number) => string,
    budget?: { text: string; holds: (n: number) => boolean; enforced?: false },
  ): GatewayFigure => {
    const pgResult = of('postgres');
    const liteResult = of('pglite');
    const values = [pgResult, liteResult].flatMap((r) => (r ? [value(r)] : []));
    return {
      figure,
      postgres: pgResult ? show(value(pgResult)) : '—',
      pglite: liteResult ? show(value(liteResult)) : '—',
      budget: budget?.text ?? '—',
      // A goal (absolute time) is printed, never marked: no ✔ beside a time far over it.
      ok: budget && budget.enforced !== false ? values.every(budget.holds) : null,
    };
  };
  const goal = (text: string) => ({
    text: `goal ${text} (not enforced)`,
    holds: () => true,
    enforced: false as const,
  });
  const ratio = (r: KindResult) => r.events.rps / r.health.rps;
  const figures: GatewayFigure[] = [
    row(
      '/health, 100 connections: requests/s',
      (r) => r.health.rps,
      (n) => n.toFixed(0),
    ),
    row(
      '/health: p50 / p99',
      (r) => r.health.p99,
      (n) => ms(n),
    ),
    row(
      'events of a territory (page of 200), 100 connections: requests/s',
      (r) => r.events.rps,
      (n) => n.toFixed(0),
    ),
    // Goal 0.5× (issue 16), not met yet: the run fails only below what today's code holds.
    row('events: ratio to /health (same run)', ratio, (n) => `${n.toFixed(2)}×`, {
      text: `≥ 0.03× (goal ≥ 0.50×: ${results.every((r) => ratio(r) >= 0.5) ? 'met' : 'NOT MET'})`,
      holds: (n) => n >= 0.03,
    }),
    row(
      'events: bytes per answer',
      (r) => r.events.bytes / Math.max(r.events.rps, 1) / 1024,
      (n) => `${n.toFixed(0)} KB`,
    ),
    row('events: p50', (r) => r.events.p50, ms),
    row('events: p99', (r) => r.events.p99, ms, goal('≤ 25 ms')),
    row('events: answers not 2xx, errors', (r) => r.events.non2xx + r.events.errors, String, {
      text: '0',
      holds: (n) => n === 0,
    }),
    row('events: not answered within 30 s (client timeouts)', (r) => r.events.timeouts, String),
    row(
      `check by identifier, 50 agents, upstream ${LATENCY_MS} ms: checks answered 200`,
      (r) => r.checks.samples,
      String,
    ),
    row('check: gateway overhead p50 (latency − upstream)', (r) => r.checks.p50, ms),
    row('check: gateway overhead p95 (journal intent + outcome)', (r) => r.checks.p95, ms, goal('≤ 10 ms')),
    row('check: answers not 2xx', (r) => r.checks.non2xx, String, { text: '0', holds: (n) => n === 0 }),
    row('fan-in: agents of 5 territories at once, answered 200', (r) => r.fanIn.ok, String, {
      text: '= agents',
      holds: () => results.every((r) => r.fanIn.ok === r.fanIn.agents),
    }),
    row('fan-in: upstream refreshes (simulator count)', (r) => r.fanIn.refreshes, String, {
      text: '= 5',
      holds: (n) => n === 5,
    }),
    row('fan-in: upstream 429 answers (simulator count)', (r) => r.fanIn.upstream429, String, {
      text: '0',
      holds: (n) => n === 0,
    }),
    row('fan-in: wall time (first copies fetched)', (r) => r.fanIn.wallMs, ms),
    row('journal: gateway processes writing at once', (r) => r.journal.processes, String),
    row('journal: checks answered 200', (r) => r.journal.answered, String),
    row('journal: checks answered otherwise (429 after the limiter’s wait…)', (r) => r.journal.notOk, String),
    row('journal: outcome entries written / distinct', (r) => r.journal.outcomes, String, {
      text: '= checks, none twice',
      holds: () =>
        results.every(
          (r) => r.journal.outcomes === r.journal.checks && r.journal.distinctOutcomes === r.journal.checks,
        ),
    }),
    row('journal: intent entries written', (r) => r.journal.intents, String, {
      text: '= checks',
      holds: () => results.every((r) => r.journal.intents === r.journal.checks),
    }),
    row(
      'journal: checks answered 200 whose outcome is not journaled (lost)',
      (r) => r.journal.missing,
      String,
      {
        text: '0',
        holds: (n) => n === 0,
      },
    ),
    row(
      'journal: chains verified',
      (r) => (r.journal.chainOk ? 1 : 0),
      (n) => (n ? 'yes' : 'NO'),
      {
        text: 'yes',
        holds: (n) => n === 1,
      },
    ),
    row(
      'journal: wall time (quota: 10 checks/s per upstream token)',
      (r) => r.journal.wallMs / 1000,
      (n) => `${n.toFixed(1)} s`,
    ),
    row(
      'memory of one gateway process after the run (RSS)',
      (r) => r.rssBytes / 1024 / 1024,
      (n) => `${n.toFixed(0)} MB`,
    ),
  ];
  // The /health line shows both percentiles.
  const health = figures[1];
  if (health) {
    const pgResult = of('postgres');
    const liteResult = of('pglite');
    health.postgres = pgResult ? `${ms(pgResult.health.p50)} / ${ms(pgResult.health.p99)}` : '—';
    health.pglite = liteResult ? `${ms(liteResult.health.p50)} / ${ms(liteResult.health.p99)}` : '—';
  }
  return figures;
}

export function renderGatewayTable(figures: readonly GatewayFigure[]): string {
  const rows = [
    ['figure', 'PostgreSQL', 'PGlite', 'budget', 'ok'],
    ...figures.map((f) => [f.figure, f.postgres, f.pglite, f.budget, f.ok === null ? '' : f.ok ? '✔' : '✘']),
  ];
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - [...cell].length)).join(' | ')} |`;
  return [
    line(rows[0] as string[]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

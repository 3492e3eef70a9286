/**
 * Gateway processes as a deployment runs them: the production build (gateway/dist/main.mjs,
 * built by gateway/build.mjs in the global setup) started with `node … serve --config FILE`, secrets in the
 * environment, behind a small load balancer that keeps the public origin (Host preserved) and
 * sends each request to the process the test chooses.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulatorUpstreams } from '../src/part2/upstreams';
import type { TestDatabase } from './databases';
import { testConfigDocument } from './harness';
import { freePort } from './postgres-cluster';
import { testEnv } from './secrets';

export function buildProductionBundle(): void {
  execFileSync(process.execPath, ['gateway/build.mjs'], { stdio: 'pipe' });
}

export interface GatewayProcess {
  name: string;
  port: number;
  /** Of the child process (the load bench reads its memory). */
  pid: number;
  output: string[];
  stop(): Promise<void>;
  /** SIGKILL: no shutdown at all, as a crash or an OOM kill. */
  kill(): Promise<void>;
}

export async function spawnGateway(
  name: string,
  document: Record<string, unknown>,
  env: Record<string, string>,
): Promise<GatewayProcess> {
  const dir = mkdtempSync(join(tmpdir(), `gateway-${name}-`));
  const file = join(dir, 'gateway.json');
  writeFileSync(file, JSON.stringify(document, null, 2));
  const child: ChildProcess = spawn(process.execPath, ['gateway/dist/main.mjs', 'serve', '--config', file], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const port = (document.listen as { port: number }).port;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      if (output.join('').includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}: ${output.join('')}`));
    });
  });
  return {
    name,
    port,
    pid: child.pid ?? 0,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
    kill: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGKILL');
      }),
  };
}

export interface LoadBalancer {
  port: number;
  target: GatewayProcess;
  served: Map<string, number>;
  close(): Promise<void>;
}

export async function startLoadBalancer(port: number, first: GatewayProcess): Promise<LoadBalancer> {
  const balancer: LoadBalancer = { port, target: first, served: new Map(), close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const target = balancer.target;
    balancer.served.set(target.name, (balancer.served.get(target.name) ?? 0) + 1);
    const upstream = httpRequest(
      { host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  balancer.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return balancer;
}

export interface TwoProcesses {
  a: GatewayProcess;
  b: GatewayProcess;
  balancer: LoadBalancer;
  /** The public origin both processes stand behind. */
  publicUrl: string;
  /** The secrets and database URL every process of this deployment gets. */
  env: Record<string, string>;
  /** The configuration of one more process of this deployment (its own listening port). */
  documentFor(): Promise<Record<string, unknown>>;
  /** Sends the public origin's requests to this process. */
  on(process: GatewayProcess): void;
}

/**
 * Two production processes on one PostgreSQL database, with the same keys and configuration,
 * behind one public origin (the load balancer, first pointed at A). The caller stops them.
 */
export async function startTwoProcesses(options: {
  simulatorUrl: string;
  database: TestDatabase;
  /** Point the upstreams (API Particulier, events, FranceConnect) at the simulator. */
  simulatorUpstreams?: boolean;
}): Promise<TwoProcesses> {
  const publicPort = await freePort();
  const env = { ...testEnv(), GATEWAY_DATABASE_URL: options.database.url! };
  const documentFor = async () => {
    const document = testConfigDocument({
      port: publicPort,
      simulatorUrl: options.simulatorUrl,
      database: options.database,
    });
    document.listen = { host: '127.0.0.1', port: await freePort() };
    if (options.simulatorUpstreams) document.upstreams = simulatorUpstreams(options.simulatorUrl);
    return document;
  };
  const [a, b] = await Promise.all([
    spawnGateway('a', await documentFor(), env),
    spawnGateway('b', await documentFor(), env),
  ]);
  const balancer = await startLoadBalancer(publicPort, a);
  return {
    a,
    b,
    balancer,
    publicUrl: `http://127.0.0.1:${publicPort}`,
    env,
    documentFor,
    on: (process) => {
      balancer.target = process;
    },
  };
}

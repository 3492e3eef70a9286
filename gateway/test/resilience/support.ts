/**
 * Shared pieces of the resilience suite: the tally every test prints (tries, refusals, faults
 * injected, entries checked, and what held), the OpenAPI document read at run time, and
 * DPoP-bound calls with hand-made proofs (so a test controls every claim of a proof).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
// @ts-expect-error: a plain .mjs script of the repository (no types), also run by hand.
import { ensurePostgres } from '../../../scripts/ensure-postgres.mjs';
import { simulatorUpstreams } from '../../src/part2/upstreams';
import { createTestDatabase } from '../databases';
import { dpopProof } from '../dpop';
import { signIn, startTestGateway, type ExtensionClient, type TestGateway } from '../harness';
import { startCountedSimulator, type CountedSimulator } from '../part2-support';

export interface TallyLine {
  test: string;
  tries: number;
  refusals: number;
  faults: number;
  entries: number;
  held: string[];
}

/** What one test tried and what held; `print()` writes its summary line and keeps it for the docs. */
export class Tally {
  tries = 0;
  refusals = 0;
  faults = 0;
  entries = 0;
  readonly held: string[] = [];
  constructor(readonly test: string) {}

  hold(fact: string): void {
    this.held.push(fact);
  }

  print(): TallyLine {
    const line: TallyLine = {
      test: this.test,
      tries: this.tries,
      refusals: this.refusals,
      faults: this.faults,
      entries: this.entries,
      held: this.held,
    };
    console.warn(
      `[resilience] ${this.test}: tries ${this.tries}, refusals ${this.refusals}, faults injected ${this.faults}, entries checked ${this.entries}` +
        (this.held.length ? `\n  held: ${this.held.join('; ')}` : ''),
    );
    appendFileSync(join(inject('resilienceDir'), 'summary.jsonl'), `${JSON.stringify(line)}\n`);
    return line;
  }
}

/** pg_dump of one database (Debian's binary, the one the test cluster runs), as SQL text. */
export function pgDump(url: string): string {
  const bin: string = ensurePostgres();
  return execFileSync(join(bin, 'pg_dump'), ['--no-owner', '--data-only', '--inserts', url], {
    maxBuffer: 256 * 1024 * 1024,
  }).toString('utf8');
}

/** Keeps a text (logs, a dump) for the last file's scan for personal data. */
export function keepForScan(name: string, text: string): void {
  writeFileSync(join(inject('resilienceDir'), `${name}-${Date.now()}.scan`), text);
}

export interface Operation {
  method: string;
  /** OpenAPI template, /api/v1/events/{key}. */
  path: string;
  secured: boolean;
  parameters: Array<{ in: string; name: string; required: boolean }>;
  hasBody: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
}
interface OperationObject {
  security?: unknown[];
  parameters?: Array<{ in: string; name: string; required?: boolean }>;
  requestBody?: unknown;
}

export async function readOpenApi(gatewayUrl: string): Promise<OpenApiDocument> {
  const res = await fetch(`${gatewayUrl}/openapi.json`);
  if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
  return (await res.json()) as OpenApiDocument;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(item)) {
      out.push({
        method: method.toUpperCase(),
        path,
        secured: Array.isArray(op.security) && op.security.length > 0,
        parameters: (op.parameters ?? []).map((p) => ({
          in: p.in,
          name: p.name,
          required: p.required === true,
        })),
        hasBody: op.requestBody !== undefined,
      });
    }
  }
  return out;
}

/** The template with its path parameters filled. */
export function fillPath(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeURIComponent(values[name] ?? 'x'));
}

export interface Session {
  keyPair: CryptoKeyPair;
  accessToken: string;
  refreshToken?: string;
}

/** A DPoP-bound call with a fresh proof for this method and URL (public URL, query left out). */
export async function dpopCall(
  gateway: TestGateway,
  session: Session,
  method: string,
  pathAndQuery: string,
  init: { body?: string; headers?: Record<string, string>; proof?: string } = {},
): Promise<Response> {
  const publicUrl = gateway.loaded.config.publicUrl;
  const htu = `${publicUrl}${pathAndQuery.split('?')[0]}`;
  const proof =
    init.proof ?? (await dpopProof(session.keyPair, { htm: method, htu, accessToken: session.accessToken }));
  return fetch(`${gateway.url}${pathAndQuery}`, {
    method,
    headers: {
      authorization: `DPoP ${session.accessToken}`,
      dpop: proof,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: init.body }),
    redirect: 'manual',
  });
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
}

/** Reads an answer as a problem document, or says why it is not one. */
export async function asProblem(
  res: Response,
): Promise<{ ok: true; problem: ProblemBody } | { ok: false; why: string }> {
  const type = res.headers.get('content-type') ?? '';
  const text = await res.text();
  if (!type.startsWith('application/problem+json'))
    return { ok: false, why: `content-type ${type}: ${text.slice(0, 200)}` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, why: `not JSON: ${text.slice(0, 200)}` };
  }
  const b = body as Partial<ProblemBody>;
  if (
    typeof b.code !== 'string' ||
    !/^[a-z0-9-]+$/.test(b.code) ||
    b.status !== res.status ||
    typeof b.title !== 'string'
  )
    return { ok: false, why: `not a problem document with a stable code: ${text.slice(0, 200)}` };
  if (b.type !== `urn:guichet-emploi:problem:${b.code}`) return { ok: false, why: `type ${String(b.type)}` };
  return { ok: true, problem: b as ProblemBody };
}

export async function signedInSession(
  gateway: TestGateway,
  agentKey: string,
): Promise<Session & { ext: ExtensionClient }> {
  const { ext, tokens } = await signIn(gateway, agentKey);
  return {
    ext,
    keyPair: ext.keyPair,
    accessToken: tokens.access_token,
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
  };
}

export interface DocumentedGateway {
  sim: CountedSimulator;
  gateway: TestGateway;
  /** The operations of its OpenAPI document, read at run time. */
  operations: Operation[];
  /** Keeps its logs for the last file's scan (as `logsName`), then stops it and the simulator. */
  close(): Promise<void>;
}

/**
 * What the files over the OpenAPI document start: a counted simulator, a gateway on a fresh
 * PostgreSQL database (left for the last file's dump) pointed at it, and its operations.
 */
export async function startDocumentedGateway(logsName: string): Promise<DocumentedGateway> {
  const sim = await startCountedSimulator();
  const database = await createTestDatabase('postgres');
  const gateway = await startTestGateway({
    simulator: sim,
    database,
    edit: (document) => {
      document.upstreams = simulatorUpstreams(sim.url);
    },
  });
  const operations = operationsOf(await readOpenApi(gateway.url));
  return {
    sim,
    gateway,
    operations,
    async close() {
      keepForScan(logsName, gateway.logs.text());
      await gateway.close();
      await sim.close();
    },
  };
}

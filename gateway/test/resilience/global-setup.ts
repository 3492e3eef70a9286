/**
 * Global setup of the resilience suite: the gateway tests' own (production build, one
 * throw-away PostgreSQL cluster), plus a directory where every file leaves its logs, dumps and
 * summary lines for the last file (99-nothing-leaked) to scan and add up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import gatewaySetup from '../global-setup';

declare module 'vitest' {
  export interface ProvidedContext {
    resilienceDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const stopCluster = await gatewaySetup(project);
  const dir = mkdtempSync(join(tmpdir(), 'gateway-resilience-'));
  project.provide('resilienceDir', dir);
  return () => {
    try {
      stopCluster();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

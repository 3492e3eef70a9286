import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** WCAG 2.1 A and AA: the level RGAA 4 maps to. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolationSummary {
  rule: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** Runs axe-core in the page as it is now and returns its WCAG 2.1 AA violations, in short. */
export async function auditPage(page: Page): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return summarise(results.violations);
}

/** The axe-core build @axe-core/playwright runs, read once. */
let axeSource: string | undefined;

/**
 * The same audit in a puppeteer page (Firefox over WebDriver BiDi, which @axe-core/playwright
 * cannot drive): axe-core's own script evaluated in the page, then `axe.run` on the document.
 */
export async function auditFirefoxPage(page: PuppeteerPage): Promise<AxeViolationSummary[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags: string[]) => {
    const { axe } = globalThis as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    // Plain data across the protocol.
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }));
  }, WCAG_21_AA);
  return summarise(violations);
}

function summarise(
  violations: readonly {
    id: string;
    impact?: string | null;
    help: string;
    helpUrl: string;
    nodes: readonly { target: readonly unknown[]; failureSummary?: string }[];
  }[],
): AxeViolationSummary[] {
  return violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`.trim()),
  }));
}

/** The violations as a readable report: one block per rule, each offending element below. */
export function formatViolations(state: string, violations: readonly AxeViolationSummary[]): string {
  return [
    `axe-core: ${violations.length} WCAG 2.1 AA rule(s) broken in "${state}":`,
    ...violations.map(
      (v) =>
        `\n• ${v.rule} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.helpUrl}\n${v.targets.map((t) => `    - ${t.replace(/\n/g, ' ')}`).join('\n')}`,
    ),
  ].join('\n');
}

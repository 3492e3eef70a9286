import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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
  return results.violations.map((violation) => ({
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

/** One line of the benchmark's table: a figure, its value and its budget. */
export interface Figure {
  figure: string;
  /** Displayed value ("61.2 KB", "12.4 ms"…). */
  value: string;
  /** Displayed budget, or "—" for a figure reported for its trend only. */
  budget: string;
  /** null: no budget (informational); false: budget broken. */
  ok: boolean | null;
}

export const KB = 1024;
export const MB = 1024 * 1024;

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

export function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/** A figure checked against an upper bound. */
export function atMost(figure: string, value: number, limit: number, show: (n: number) => string): Figure {
  return { figure, value: show(value), budget: `≤ ${show(limit)}`, ok: value <= limit };
}

/**
 * A ratio or a byte count the issue sets a goal for that the product does not meet yet: the
 * run fails only past `guard` (what today's code holds, with room for noise), so it guards
 * against regressions while the table still says the goal and that it is not met.
 */
export function atMostWithGoal(
  figure: string,
  value: number,
  guard: number,
  goal: number,
  show: (n: number) => string,
): Figure {
  const goalText = value <= goal ? `goal ≤ ${show(goal)} met` : `goal ≤ ${show(goal)} NOT MET`;
  return { figure, value: show(value), budget: `≤ ${show(guard)} (${goalText})`, ok: value <= guard };
}

/**
 * An absolute time with its goal: printed beside the goal, never failing the run. On these
 * shared 2-core machines times move with the load; ratios and byte counts are what CI enforces.
 */
export function timeGoal(figure: string, value: number, goal: number, show: (n: number) => string): Figure {
  return { figure, value: show(value), budget: `goal ≤ ${show(goal)} (not enforced)`, ok: null };
}

/** A figure reported without a budget (it shows a trend). */
export function info(figure: string, value: string): Figure {
  return { figure, value, budget: '—', ok: null };
}

/** A measurement that could not be made: a broken budget, with why. */
export function failed(figure: string, reason: string, budget = 'measured'): Figure {
  return { figure, value: `not measured: ${reason}`, budget, ok: false };
}

/** The table as Markdown (readable in a terminal, pasteable in the README). */
export function renderTable(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'value', 'budget', 'ok'],
    ...figures.map((f) => [f.figure, f.value, f.budget, f.ok === null ? '' : f.ok ? '✔' : '✘']),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - [...cell].length)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

export function brokenBudgets(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => f.ok === false);
}

/** Part 2's migrations, registered in part 1's list (index.ts) by a single spread. */
import type { Migration } from 'kysely/migration';
import { journal } from './0100-journal';
import { checksEvents } from './0101-checks-events';

export const PART2_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0100-journal': journal,
  '0101-checks-events': checksEvents,
};

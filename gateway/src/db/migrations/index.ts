/**
 * Every migration, by name, in order. Listed in code (not read from a folder) so that the
 * bundled production build carries them. Never edit a released migration: add the next one.
 */
import type { Migration } from 'kysely/migration';
import { initial } from './0001-initial';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
};

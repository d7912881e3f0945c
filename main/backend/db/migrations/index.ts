import type { Migration } from '../migrate';
import { migration001Core } from './001-core';

/** Every migration, in order. Numbers only go up; a released migration is never edited. */
export const migrations: readonly Migration[] = [migration001Core];

import type { Migration } from '../migrate';
import { migration001Core } from './001-core';
import { migration006Filing } from './006-filing';

/** Every migration, in order. Numbers only go up; a released migration is never edited. */
export const migrations: readonly Migration[] = [migration001Core, migration006Filing];

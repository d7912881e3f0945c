import type { Migration } from '../migrate';
import { migration001Core } from './001-core';
import { migration008Audit } from './008-audit';

/** Every migration, in order. Numbers only go up; a released migration is never edited. */
export const migrations: readonly Migration[] = [migration001Core, migration008Audit];

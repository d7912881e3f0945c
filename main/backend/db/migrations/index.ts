import type { Migration } from '../migrate';
import { migration001Core } from './001-core';
import { migration004Mlps } from './004-mlps';

/** Every migration, in order. Numbers only go up; a released migration is never edited. */
export const migrations: readonly Migration[] = [migration001Core, migration004Mlps];

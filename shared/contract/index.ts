/**
 * The method table: every backend method, by `domain.verb`. Add a domain's methods here and the type
 * checker demands its handlers in main/backend and lets the renderer and CLI call them.
 */
import type { z } from 'zod';
import { assessmentMethods } from './assessment/methods';
import { auditMethods } from './audit/methods';
import { backupMethods } from './backup/methods';
import type { MethodSpec } from './core';
import { declarationsMethods } from './declarations/methods';
import { filesMethods } from './files/methods';
import { governanceMethods, readinessMethods } from './governance/methods';
import { planMethods } from './plan/methods';
import { mlpsMethods } from './mlps/methods';
import { filingMethods } from './filing/methods';
import { profileMethods } from './profile/methods';
import { reportsMethods } from './reports/methods';
import { samMethods } from './sam/methods';
import { jobsMethods } from './workspace/jobs';
import { workspaceMethods } from './workspace/methods';

export const methods = {
  ...workspaceMethods,
  ...jobsMethods,
  ...filesMethods,
  ...profileMethods,
  ...governanceMethods,
  ...declarationsMethods,
  ...readinessMethods,
  ...assessmentMethods,
  ...planMethods,
  ...mlpsMethods,
  ...samMethods,
  ...reportsMethods,
  ...filingMethods,
  ...backupMethods,
  ...auditMethods,
} satisfies Record<string, MethodSpec>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export * from './core';

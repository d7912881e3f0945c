/**
 * A declaration's life: draft → completed (only when its values pass the form's checks) → ready (to file).
 * Editing values sends it back to draft, so nothing is filed that was not checked as it stands. A
 * declaration can be printed in any state; the printout carries its status (see printable.ts).
 */
import type { Finding } from '../../contract/core';
import type { Declaration, DeclarationStatus, FormDefinition, FormValues } from '../../contract/forms/schemas';
import { validateValues, type ValidateOptions } from './values';

export const DECLARATION_ACTIONS = ['complete', 'markReady', 'reopen'] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];

/** Which actions each status allows, and where they lead. */
const TRANSITIONS: Record<DeclarationStatus, Partial<Record<DeclarationAction, DeclarationStatus>>> = {
  draft: { complete: 'completed' },
  completed: { markReady: 'ready', reopen: 'draft' },
  ready: { reopen: 'draft' },
};

export type LifecycleResult = { ok: true; declaration: Declaration } | { ok: false; findings: Finding[] };

export function allowedActions(status: DeclarationStatus): DeclarationAction[] {
  return DECLARATION_ACTIONS.filter((action) => TRANSITIONS[status][action] !== undefined);
}

export function newDeclaration(definition: FormDefinition, values: FormValues): Declaration {
  return { formId: definition.id, formVersion: definition.version, status: 'draft', values };
}

/** New values always return the declaration to draft. */
export function editDeclaration(declaration: Declaration, values: FormValues): Declaration {
  return { ...declaration, status: 'draft', values };
}

export function applyAction(
  declaration: Declaration,
  action: DeclarationAction,
  definition: FormDefinition,
  options: ValidateOptions,
): LifecycleResult {
  if (definition.id !== declaration.formId || definition.version !== declaration.formVersion) {
    return fail('forms.lifecycle.wrongDefinition', {
      expected: `${declaration.formId}@${declaration.formVersion}`,
      actual: `${definition.id}@${definition.version}`,
    });
  }
  const next = TRANSITIONS[declaration.status][action];
  if (next === undefined) return fail('forms.lifecycle.notAllowed', { action, status: declaration.status });
  if (next !== 'draft') {
    const findings = validateValues(definition, declaration.values, options);
    if (findings.length > 0) {
      return { ok: false, findings: [{ code: 'forms.lifecycle.valuesInvalid', params: { count: findings.length } }, ...findings] };
    }
  }
  return { ok: true, declaration: { ...declaration, status: next } };
}

function fail(code: string, params: Record<string, string>): LifecycleResult {
  return { ok: false, findings: [{ code, params }] };
}

/**
 * The import wizard's state and the one reducer that moves it through its steps — file, mapping, values
 * (and constants), dry run, result — kept apart from the page so each transition is a pure function a test
 * can hold: a changed mapping drops the report made under the old one, a new file starts from its proposal.
 */
import type { CommitResult, ImportReport, PrepareResult } from '../../../../shared/contract/sam/methods';
import type { SamKind } from '../../../../shared/contract/sam/schemas';
import type { ValueMaps } from './ImportLearning';

export type Encoding = 'auto' | 'utf8' | 'gbk';
export type Mode = 'all' | 'valid';

export interface WizardState {
  upload: { path: string; name: string } | null;
  encoding: Encoding;
  prepared: PrepareResult | null;
  kind: SamKind | null;
  columns: Record<string, string>;
  values: ValueMaps;
  constants: Record<string, string>;
  report: ImportReport | null;
  mode: Mode;
  result: CommitResult | null;
  rejectsName: string | null;
  error: string | null;
  /** What the page is busy with (uploading), shown as a status. */
  busy: string | null;
  jobKind: 'dryRun' | 'commit';
}

export const INITIAL_WIZARD: WizardState = {
  upload: null,
  encoding: 'auto',
  prepared: null,
  kind: null,
  columns: {},
  values: {},
  constants: {},
  report: null,
  mode: 'all',
  result: null,
  rejectsName: null,
  error: null,
  busy: null,
  jobKind: 'dryRun',
};

export type WizardAction =
  | { type: 'uploading'; label: string }
  | { type: 'uploaded'; upload: { path: string; name: string } }
  | { type: 'idle' }
  | { type: 'encoding'; encoding: Encoding }
  | { type: 'preparing' }
  | { type: 'prepared'; prepared: PrepareResult }
  | { type: 'prepareFailed'; error: string }
  | { type: 'kind'; kind: SamKind }
  | { type: 'columns'; columns: Record<string, string> }
  | { type: 'values'; values: ValueMaps }
  | { type: 'constants'; constants: Record<string, string> }
  | { type: 'profile'; columns: Record<string, string>; values: ValueMaps; constants: Record<string, string> }
  | { type: 'jobStarted'; jobKind: 'dryRun' | 'commit' }
  | { type: 'dryRunDone'; report: ImportReport }
  | { type: 'committed'; result: CommitResult; rejectsName: string | null }
  | { type: 'failed'; error: string }
  | { type: 'mode'; mode: Mode }
  | { type: 'startOver' };

/** What a mapping change makes stale: the dry run's report and the result were for the old mapping. */
const STALE = { report: null, result: null } as const;

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'uploading':
      return { ...state, busy: action.label, prepared: null };
    case 'uploaded':
      return { ...state, upload: action.upload };
    case 'idle':
      return { ...state, busy: null };
    case 'encoding':
      return { ...state, encoding: action.encoding };
    case 'preparing':
      return { ...state, error: null, ...STALE };
    case 'prepared': {
      const { prepared } = action;
      const columns = prepared.kind ? mappingFrom(prepared, prepared.kind, prepared.kinds[prepared.kind].suggested) : {};
      return { ...state, prepared, kind: prepared.kind, columns, values: {}, constants: {} };
    }
    case 'prepareFailed':
      return { ...state, prepared: null, error: action.error };
    case 'kind':
      // Another kind has other fields: its own proposal, and none of the old kind's value maps or constants.
      if (state.prepared === null) return state;
      return {
        ...state,
        kind: action.kind,
        columns: mappingFrom(state.prepared, action.kind, state.prepared.kinds[action.kind].suggested),
        values: {},
        constants: {},
        ...STALE,
      };
    case 'columns':
      return { ...state, columns: action.columns, ...STALE };
    case 'values':
      return { ...state, values: action.values, ...STALE };
    case 'constants':
      return { ...state, constants: action.constants, ...STALE };
    case 'profile':
      return { ...state, columns: action.columns, values: action.values, constants: action.constants, ...STALE };
    case 'jobStarted':
      return { ...state, error: null, jobKind: action.jobKind, ...(action.jobKind === 'dryRun' ? { result: null } : {}) };
    case 'dryRunDone':
      return { ...state, report: action.report };
    case 'committed':
      return { ...state, result: action.result, report: action.result, rejectsName: action.rejectsName };
    case 'failed':
      return { ...state, error: action.error };
    case 'mode':
      return { ...state, mode: action.mode };
    case 'startOver':
      return { ...state, upload: null, prepared: null, error: null, ...STALE };
  }
}

/** The wizard's steps, in the order the page shows them; the values step holds the constants too. */
export type WizardStep = 'file' | 'mapping' | 'values' | 'dryRun' | 'result';

/**
 * The steps the page shows, each once its input exists: the file always; the mapping once a file is read;
 * the values and the dry run once it has a kind; the result (choose how to import, then import) once a dry
 * run has reported. Earlier steps stay in view, so a correction made above is one scroll away.
 */
export function stepsShown(state: Pick<WizardState, 'prepared' | 'kind' | 'report'>): WizardStep[] {
  const steps: WizardStep[] = ['file'];
  if (state.prepared) steps.push('mapping');
  if (state.prepared && state.kind) steps.push('values', 'dryRun');
  if (state.report && state.kind) steps.push('result');
  return steps;
}

/** Field → header for every field of a kind: the given choice where its header exists, '' (not imported) otherwise. */
export function mappingFrom(prepared: PrepareResult, kind: SamKind, chosen: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    prepared.kinds[kind].fields.map(({ field }) => [field, prepared.header.includes(chosen[field] ?? '') ? (chosen[field] as string) : '']),
  );
}

/** The required fields (an inner list: at least one of them) that neither a column nor a constant fills. */
export function missingRequired(
  prepared: PrepareResult,
  kind: SamKind,
  columns: Record<string, string>,
  constants: Record<string, string>,
): string[][] {
  return prepared.kinds[kind].required.filter((group) => group.every((field) => !columns[field] && !constants[field]));
}

/** A commit that kept its promise of the valid rows but had none: every row was refused. */
export function importedNothing(result: CommitResult | null): boolean {
  return result !== null && result.committed && result.added + result.updated === 0 && result.rejectedRows > 0;
}

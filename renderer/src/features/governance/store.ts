import { create } from 'zustand';
import type { GovernanceView } from '../../../../shared/contract/governance/methods';
import { IMPLEMENTATION_IDS, type CioRecord, type ItDepartment, type ItPerformance } from '../../../../shared/contract/governance/schemas';
import { api } from '../../api/client';
import { saveRefusal, type SaveState } from '../../api/save-state';

export interface GovernanceRecords {
  cio: CioRecord;
  department: ItDepartment;
  performance: ItPerformance;
}
export type RecordKey = keyof GovernanceRecords;

export const EMPTY_RECORDS: GovernanceRecords = {
  cio: {
    appointed: false,
    name: '',
    position: '',
    appointedOn: null,
    concurrent: false,
    duties: {},
    rights: { decision: false, approval: false, consultedOnMajorDecisions: false, document: '' },
    trainings: [],
  },
  department: {
    name: '',
    establishedOn: null,
    implementations: Object.fromEntries(
      IMPLEMENTATION_IDS.map((id) => [id, { status: 'not-started', evidence: '' }]),
    ) as ItDepartment['implementations'],
    staffCount: 0,
    roster: [],
  },
  performance: { established: false, establishedOn: null, document: '', kpis: [] },
};

const SAVE_METHOD = {
  cio: 'governance.saveCio',
  department: 'governance.saveDepartment',
  performance: 'governance.savePerformance',
} as const;

interface PageState {
  saveState: SaveState;
  fieldErrors: Record<string, string>;
  formError: string | null;
}
const IDLE: PageState = { saveState: 'idle', fieldErrors: {}, formError: null };

interface GovernanceState {
  view: GovernanceView | null;
  drafts: GovernanceRecords;
  pages: Record<RecordKey, PageState>;
  load(): Promise<void>;
  edit<K extends RecordKey>(key: K, update: (draft: GovernanceRecords[K]) => GovernanceRecords[K]): void;
  save(key: RecordKey): Promise<void>;
}

function storedRecord<K extends RecordKey>(view: GovernanceView | null, key: K): GovernanceRecords[K] {
  return (view?.data[key] ?? EMPTY_RECORDS[key]) as GovernanceRecords[K];
}

export function isDirty(state: Pick<GovernanceState, 'view' | 'drafts'>, key: RecordKey): boolean {
  return JSON.stringify(storedRecord(state.view, key)) !== JSON.stringify(state.drafts[key]);
}

/** The three governance pages share one view of the records; each keeps its own draft and save state. */
export const useGovernance = create<GovernanceState>((set, get) => ({
  view: null,
  drafts: EMPTY_RECORDS,
  pages: { cio: IDLE, department: IDLE, performance: IDLE },
  async load() {
    const view = await api.call('governance.get', {});
    const state = get();
    // A draft the user has not saved yet survives leaving the page and coming back.
    const keep = (key: RecordKey) => state.view !== null && isDirty(state, key);
    set({
      view,
      drafts: {
        cio: keep('cio') ? state.drafts.cio : storedRecord(view, 'cio'),
        department: keep('department') ? state.drafts.department : storedRecord(view, 'department'),
        performance: keep('performance') ? state.drafts.performance : storedRecord(view, 'performance'),
      },
    });
  },
  edit(key, update) {
    const { drafts, pages } = get();
    set({ drafts: { ...drafts, [key]: update(drafts[key]) }, pages: { ...pages, [key]: { ...pages[key], saveState: 'idle' } } });
  },
  async save(key) {
    const setPage = (page: PageState) => set({ pages: { ...get().pages, [key]: page } });
    setPage({ ...get().pages[key], saveState: 'saving' });
    try {
      const view = await api.call(SAVE_METHOD[key], get().drafts[key] as never);
      set({ view, drafts: { ...get().drafts, [key]: storedRecord(view, key) } });
      setPage({ saveState: 'saved', fieldErrors: {}, formError: null });
    } catch (error) {
      const refused = saveRefusal(error);
      setPage({ saveState: refused.state, fieldErrors: refused.fieldErrors, formError: refused.message });
    }
  },
}));

import { create } from 'zustand';
import type { MethodOutput } from '../../../../shared/contract';
import type { ClassificationMark } from '../../../../shared/contract/reports/frame';
import type { RenderReportInput, ReportKind, ReportKindsOutput } from '../../../../shared/contract/reports/schemas';
import { api, ApiError, errorMessage } from '../../api/client';
import { readWorkspaceFile } from '../../api/files';

export interface Signer {
  name: string;
  date: string;
}

export interface ReportChoice {
  kind: ReportKind;
  /** '' = all objects. */
  objectId: string;
  classification: ClassificationMark;
  reviewer: Signer;
  approver: Signer;
}

export interface GeneratedReport extends MethodOutput<'reports.render'> {
  kind: ReportKind;
  /** A blob: URL of the PDF for the in-app preview; revoked when replaced. */
  previewUrl: string;
}

interface ReportsState {
  catalog: ReportKindsOutput | null;
  choice: ReportChoice;
  generated: GeneratedReport | null;
  error: string | null;
  /** A neutral note, e.g. that the user cancelled. */
  notice: string | null;
  fieldErrors: Record<string, string>;
  load(): Promise<void>;
  choose(patch: Partial<ReportChoice>): void;
  /** The render request for the current choice: blank signers are left to be signed by hand. */
  request(): RenderReportInput;
  finished(result: MethodOutput<'reports.render'>): Promise<void>;
  failed(error: unknown): void;
}

const blankSigner: Signer = { name: '', date: '' };

/** The reports page: which reports the data allows, the user's choices, and the last report generated. */
export const useReports = create<ReportsState>((set, get) => ({
  catalog: null,
  choice: { kind: 'summary', objectId: '', classification: 'internal', reviewer: blankSigner, approver: blankSigner },
  generated: null,
  error: null,
  notice: null,
  fieldErrors: {},
  async load() {
    set({ catalog: await api.call('reports.kinds', {}) });
  },
  choose(patch) {
    set((state) => ({ choice: { ...state.choice, ...patch }, fieldErrors: {}, error: null, notice: null }));
  },
  request() {
    const { kind, objectId, classification, reviewer, approver } = get().choice;
    const scoped = get().catalog?.kinds.find((info) => info.kind === kind)?.scoped ?? false;
    const signer = (role: 'reviewer' | 'approver', { name, date }: Signer) => ({
      role,
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(date ? { date } : {}),
    });
    return {
      kind,
      classification,
      approvals: [signer('reviewer', reviewer), signer('approver', approver)],
      ...(scoped && objectId ? { objectId } : {}),
    };
  },
  async finished(result) {
    const blob = await readWorkspaceFile(result.path, 'application/pdf');
    const previous = get().generated;
    if (previous) URL.revokeObjectURL(previous.previewUrl);
    set({
      generated: { ...result, kind: get().choice.kind, previewUrl: URL.createObjectURL(blob) },
      error: null,
      notice: null,
      fieldErrors: {},
    });
  },
  failed(error) {
    if (error instanceof ApiError && error.code === 'error.cancelled') set({ error: null, notice: error.message, fieldErrors: {} });
    else if (error instanceof ApiError) set({ error: error.message, notice: null, fieldErrors: error.fieldErrors() });
    else set({ error: errorMessage(error), notice: null, fieldErrors: {} });
  },
}));

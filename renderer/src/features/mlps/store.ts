/**
 * Graded-protection page state: the register, the object open on the object page, and its gap assessment.
 * Every change goes to the backend first; the store takes what the backend answers (the score included).
 */
import { create } from 'zustand';
import type { MethodInput } from '../../../../shared/contract';
import type { AssessmentView, ObjectSummary, ObjectView } from '../../../../shared/contract/mlps/records';
import type { ControlPointStatus } from '../../../../shared/contract/mlps/schemas';
import { api, errorMessage } from '../../api/client';

type StatusPatch = MethodInput<'mlps.saveItemStatuses'>['items'][number];

interface MlpsState {
  objects: ObjectSummary[];
  objectsLoaded: boolean;
  loadObjects(): Promise<void>;

  view: ObjectView | null;
  loadView(id: string): Promise<void>;
  setView(view: ObjectView): void;

  assessment: AssessmentView | null;
  assessmentError: string | null;
  loadAssessment(objectId: string): Promise<void>;
  saveStatuses(items: StatusPatch[]): Promise<void>;
  saveControlPoint(controlPointId: string, status: ControlPointStatus, note?: string): Promise<void>;
  /** Reads the score again after something it depends on outside the item statuses changed (major hidden risks). */
  refreshScore(objectId: string): Promise<void>;
}

export const useMlps = create<MlpsState>((set, get) => ({
  objects: [],
  objectsLoaded: false,
  async loadObjects() {
    set({ objects: await api.call('mlps.listObjects', {}), objectsLoaded: true });
  },

  view: null,
  async loadView(id) {
    set({ view: null });
    set({ view: await api.call('mlps.getObject', { id }) });
  },
  setView(view) {
    set({ view });
  },

  assessment: null,
  assessmentError: null,
  async loadAssessment(objectId) {
    set({ assessment: null, assessmentError: null });
    try {
      set({ assessment: await api.call('mlps.getAssessment', { objectId }) });
    } catch (error) {
      set({ assessmentError: errorMessage(error) });
    }
  },
  async saveStatuses(items) {
    const current = get().assessment;
    if (!current) return;
    const score = await api.call('mlps.saveItemStatuses', { objectId: current.objectId, items });
    const byId = new Map(current.statuses.map((status) => [status.itemId, status]));
    for (const patch of items) {
      const before = byId.get(patch.itemId);
      if (patch.status === null) {
        byId.delete(patch.itemId);
        continue;
      }
      const risk = patch.risk === undefined ? before?.risk : (patch.risk ?? undefined);
      byId.set(patch.itemId, {
        itemId: patch.itemId,
        status: patch.status,
        ...(risk ? { risk } : {}),
        note: patch.note ?? before?.note ?? '',
      });
    }
    set({ assessment: { ...current, statuses: [...byId.values()], score } });
  },
  async refreshScore(objectId) {
    const score = await api.call('mlps.score', { objectId });
    const current = get().assessment;
    if (current?.objectId === objectId) set({ assessment: { ...current, score } });
  },
  async saveControlPoint(controlPointId, status, note) {
    const current = get().assessment;
    if (!current) return;
    const score = await api.call('mlps.saveControlPoint', {
      objectId: current.objectId,
      controlPointId,
      status,
      ...(note !== undefined ? { note } : {}),
    });
    const others = current.controlPoints.filter((point) => point.controlPointId !== controlPointId);
    const before = current.controlPoints.find((point) => point.controlPointId === controlPointId);
    set({ assessment: { ...current, controlPoints: [...others, { controlPointId, status, note: note ?? before?.note ?? '' }], score } });
  },
}));

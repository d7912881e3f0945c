import { create } from 'zustand';
import type { ReadinessOverview } from '../../../../shared/contract/governance/readiness';
import { api } from '../../api/client';

interface ReadinessState {
  overview: ReadinessOverview | null;
  load(): Promise<void>;
}

/** The readiness overview, computed by the backend from every domain; reloaded each time a page shows it. */
export const useReadiness = create<ReadinessState>((set) => ({
  overview: null,
  async load() {
    set({ overview: await api.call('readiness.get', {}) });
  },
}));

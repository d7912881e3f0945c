import { create } from 'zustand';
import type { KeysInfo } from '../../../../shared/contract/filing/methods';
import type { ReceivedFiling, TrustEntry } from '../../../../shared/contract/filing/receiver';
import { api, errorMessage } from '../../api/client';

interface FilingState {
  keys: KeysInfo | null;
  trust: TrustEntry[];
  filings: ReceivedFiling[];
  loadKeys(): Promise<void>;
  loadTrust(): Promise<void>;
  loadFilings(): Promise<void>;
}

/** What several filing panels show: the signing keys, the trust list and the received filings. */
export const useFiling = create<FilingState>((set) => ({
  keys: null,
  trust: [],
  filings: [],
  async loadKeys() {
    set({ keys: await api.call('filing.keys.info', {}) });
  },
  async loadTrust() {
    set({ trust: await api.call('filing.trust.list', {}) });
  },
  async loadFilings() {
    set({ filings: await api.call('filing.filings.list', {}) });
  },
}));

/** The message of any failure, for a banner. */
export function messageOf(error: unknown): string {
  return errorMessage(error);
}

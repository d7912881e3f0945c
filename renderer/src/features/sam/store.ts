import { create } from 'zustand';
import { api } from '../../api/client';

interface SamState {
  /** Goes up whenever a SAM write commits, so every SAM view fetches again. */
  version: number;
}

export const useSam = create<SamState>(() => ({ version: 0 }));

api.on('changed', ({ domain }) => {
  if (domain === 'sam' || domain === 'workspace') useSam.setState((state) => ({ version: state.version + 1 }));
});

/** "12.5%", or a dash when there is nothing to rate. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

export function money(amounts: Record<string, number>): string {
  const parts = Object.entries(amounts).map(([currency, amount]) => `${amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} ${currency}`);
  return parts.length === 0 ? '0' : parts.join(' + ');
}

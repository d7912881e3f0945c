import { create } from 'zustand';
import { shortfallCostUnknown } from '../../../../shared/domain/sam/figures';
import type { PositionSummary } from '../../../../shared/domain/sam/position';
import { api } from '../../api/client';
import type { Translate } from '../../../../shared/i18n';

interface SamState {
  /** Goes up whenever a SAM write commits, so every SAM view fetches again. */
  version: number;
}

export const useSam = create<SamState>(() => ({ version: 0 }));

api.on('changed', ({ domain }) => {
  if (domain === 'sam' || domain === 'workspace') useSam.setState((state) => ({ version: state.version + 1 }));
});

export { formatPercent as percent } from '../../../../shared/i18n/formats';

export function money(amounts: Record<string, number>): string {
  const parts = Object.entries(amounts).map(
    ([currency, amount]) => `${amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} ${currency}`,
  );
  return parts.length === 0 ? '0' : parts.join(' + ');
}

/** The headline shortfall cost: "未定价" when every shortfall lacks a price, never a 0 that hides them. */
export function shortfallCostText(t: Translate, summary: Pick<PositionSummary, 'shortfallCost' | 'unpricedShortfallRows'>): string {
  return shortfallCostUnknown(summary) ? t('sam.ui.costUnknown') : money(summary.shortfallCost);
}

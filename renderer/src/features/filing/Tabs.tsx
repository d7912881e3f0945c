import { useSearchParams } from 'react-router';
import { useT } from '../../app/settings-store';
import type { KeysUnder } from '../../../../shared/i18n';

/** Tabs kept in the address (`?tab=`), so a drill-down can be linked to and the back button works. */
export function useTab<T extends KeysUnder<'filing.tab.'>>(
  tabs: readonly T[],
): [T, (tab: T, extra?: Record<string, string>) => void, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const current = params.get('tab') as T | null;
  const tab = current && tabs.includes(current) ? current : tabs[0]!;
  return [tab, (next, extra = {}) => setParams({ tab: next, ...extra }), params];
}

export function TabBar<T extends KeysUnder<'filing.tab.'>>({
  tabs,
  current,
  onSelect,
  label,
}: {
  tabs: readonly T[];
  current: T;
  onSelect(tab: T): void;
  label: string;
}) {
  const t = useT();
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={tab === current}
          className={`tabs__tab${tab === current ? ' tabs__tab--current' : ''}`}
          onClick={() => onSelect(tab)}
        >
          {t(`filing.tab.${tab}`)}
        </button>
      ))}
    </div>
  );
}

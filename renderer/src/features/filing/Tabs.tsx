import { useSearchParams } from 'react-router';
import { useT } from '../../app/settings-store';

/** Tabs kept in the address (`?tab=`), so a drill-down can be linked to and the back button works. */
export function useTab<T extends string>(tabs: readonly T[]): [T, (tab: T, extra?: Record<string, string>) => void, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const current = params.get('tab') as T | null;
  const tab = current && tabs.includes(current) ? current : tabs[0]!;
  return [tab, (next, extra = {}) => setParams({ tab: next, ...extra }), params];
}

export function TabBar<T extends string>({ tabs, current, onSelect, label }: { tabs: readonly T[]; current: T; onSelect(tab: T): void; label: string }) {
  const t = useT();
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => (
        <button key={tab} type="button" role="tab" aria-selected={tab === current} className={`tabs__tab${tab === current ? ' tabs__tab--current' : ''}`} onClick={() => onSelect(tab)}>
          {t(`filing.tab.${tab}`)}
        </button>
      ))}
    </div>
  );
}

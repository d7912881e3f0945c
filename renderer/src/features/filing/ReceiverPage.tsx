import { useT } from '../../app/settings-store';
import { ConsolidatedPanel } from './ConsolidatedPanel';
import { FilingDetail, FilingsPanel } from './FilingsPanel';
import { ImportPanel } from './ImportPanel';
import { TabBar, useTab } from './Tabs';
import { ViewsPanel } from './ViewsPanel';
import { TrustPanel } from './TrustPanel';
import { VerifyPanel } from './VerifyPanel';

const TABS = ['consolidated', 'analysis', 'filings', 'import', 'verify', 'trust'] as const;

/** The receiver's side (group headquarters or the regulator): verify, trust, import, filings, consolidated. */
export function ReceiverPage() {
  const t = useT();
  const [tab, setTab, params] = useTab(TABS);
  const openFiling = (id: string) => setTab('filings', { filing: id });
  const filingId = params.get('filing');
  return (
    <section className="page" aria-labelledby="receiver-title">
      <header className="page__header">
        <h1 id="receiver-title">{t('filing.receive.title')}</h1>
        <p className="page__intro">{t('filing.receive.intro')}</p>
      </header>
      <TabBar tabs={TABS} current={tab} onSelect={(next) => setTab(next)} label={t('filing.receive.title')} />
      <div role="tabpanel">
        {tab === 'consolidated' ? <ConsolidatedPanel onOpen={openFiling} /> : null}
        {tab === 'analysis' ? <ViewsPanel onOpen={openFiling} /> : null}
        {tab === 'filings' ? (
          filingId ? (
            <FilingDetail id={filingId} onOpen={openFiling} onBack={() => setTab('filings')} />
          ) : (
            <FilingsPanel onOpen={openFiling} />
          )
        ) : null}
        {tab === 'import' ? <ImportPanel onOpen={(filing) => openFiling(filing.id)} /> : null}
        {tab === 'verify' ? <VerifyPanel /> : null}
        {tab === 'trust' ? <TrustPanel /> : null}
      </div>
    </section>
  );
}

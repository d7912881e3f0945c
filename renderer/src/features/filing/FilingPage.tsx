import { useT } from '../../app/settings-store';
import { ExportWizard } from './ExportWizard';
import { KeysPanel } from './KeysPanel';
import { SentPanel } from './SentPanel';
import { TabBar, useTab } from './Tabs';

const TABS = ['keys', 'export', 'sent'] as const;

/** The enterprise's side: its signing keys, the export wizard, and the packages sent with their receipts. */
export function FilingPage() {
  const t = useT();
  const [tab, setTab] = useTab(TABS);
  return (
    <section className="page" aria-labelledby="filing-title">
      <header className="page__header">
        <h1 id="filing-title">{t('filing.send.title')}</h1>
        <p className="page__intro">{t('filing.send.intro')}</p>
      </header>
      <TabBar tabs={TABS} current={tab} onSelect={setTab} label={t('filing.send.title')} />
      <div role="tabpanel">{tab === 'keys' ? <KeysPanel /> : tab === 'export' ? <ExportWizard /> : <SentPanel />}</div>
    </section>
  );
}

import { useMemo } from 'react';
import type { ImportReport, Rejection } from '../../../../shared/contract/sam/methods';
import { useT } from '../../app/settings-store';
import { DataTable, localSource, type DataColumn } from '../../components/DataTable';
import { JobProgress } from '../../components/JobProgress';
import type { ImportWizard } from './use-import-wizard';

/** Step 4: what still blocks the dry run; the dry run itself, with progress and cancel; its report. */
export function ImportDryRunStep({ wizard }: { wizard: ImportWizard }) {
  const t = useT();
  const { state, job, missing, openValues, blocked } = wizard;
  const { jobKind, report } = state;
  return (
    <fieldset>
      <legend>{t('sam.ui.step.dryRun')}</legend>
      {missing.length > 0 ? (
        <p className="field__error" role="alert">
          {t('sam.ui.missingRequired', {
            fields: missing.map((group) => group.map((field) => t.code(`sam.field.${field}`)).join(t('sam.ui.or'))).join('、'),
          })}
        </p>
      ) : null}
      {openValues.map((text) => (
        <p key={text} className="field__error" role="alert">
          {text}
        </p>
      ))}
      <button type="button" className="button" disabled={blocked || job.running} onClick={() => void wizard.dryRun()}>
        {t('sam.ui.dryRun')}
      </button>
      {jobKind === 'dryRun' ? <JobProgress job={job} onCancel={() => void job.cancel()} label={t('sam.ui.dryRunning')} /> : null}
      {report ? <ReportView report={report} /> : null}
    </fieldset>
  );
}

function ReportView({ report }: { report: ImportReport }) {
  const t = useT();
  const columns = useMemo<DataColumn<Rejection>[]>(
    () => [
      {
        id: 'row',
        label: t('sam.ui.col.row'),
        value: (rejection) =>
          rejection.serial === undefined ? String(rejection.row) : t('sam.rowWithSerial', { row: rejection.row, serial: rejection.serial }),
        width: 130,
        align: 'right',
      },
      { id: 'column', label: t('sam.ui.col.column'), value: (rejection) => rejection.column, width: 180 },
      { id: 'reason', label: t('sam.ui.col.reason'), value: (rejection) => rejection.reason },
    ],
    [t],
  );
  const source = useMemo(() => localSource(report.rejected, columns), [report, columns]);
  const warnings = useMemo(() => localSource(report.warnings, columns), [report, columns]);
  return (
    <div className="sam-report">
      <p role="status" className="sam-report__counts">
        {t('sam.ui.result', { added: report.added, updated: report.updated, unchanged: report.unchanged, rejected: report.rejectedRows })}
      </p>
      {report.productsAdded > 0 ? <p>{t('sam.ui.productsToAdd', { count: report.productsAdded })}</p> : null}
      {report.rejected.length > 0 ? (
        <>
          <h3>{t('sam.ui.rejectedTitle')}</h3>
          {report.truncated ? <p className="page__intro">{t('sam.ui.rejectedTruncated', { count: report.rejected.length })}</p> : null}
          <DataTable
            id="sam-rejected"
            label={t('sam.ui.rejectedTitle')}
            columns={columns}
            source={source}
            rowKey={(rejection) => `${rejection.row}-${rejection.field}-${rejection.code}`}
            height={240}
          />
        </>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <h3>{t('sam.ui.warningsTitle')}</h3>
          {report.moreWarnings > 0 ? <p className="page__intro">{t('sam.ui.moreWarnings', { count: report.moreWarnings })}</p> : null}
          <DataTable
            id="sam-warnings"
            label={t('sam.ui.warningsTitle')}
            columns={columns}
            source={warnings}
            rowKey={(warning) => `${warning.row}-${warning.field}-${warning.code}`}
            height={160}
          />
        </>
      ) : null}
    </div>
  );
}

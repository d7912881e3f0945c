import { useT } from '../../app/settings-store';
import { ImportDryRunStep } from './ImportDryRunStep';
import { ImportFileStep } from './ImportFileStep';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportResultStep } from './ImportResultStep';
import { ImportValuesStep } from './ImportValuesStep';
import { stepsShown, type WizardStep } from './import-wizard';
import { type ImportWizard, useImportWizard } from './use-import-wizard';

/**
 * The import wizard: choose a file → its encoding and kind are detected → correct the column mapping
 * (or apply a saved one) → dry run, with every rejected row's number, column and reason → import, all or
 * nothing or the valid rows with the rejected ones downloaded. Reading and importing show progress and
 * can be cancelled; a cancel changes nothing. Its state moves through one reducer (import-wizard.ts),
 * which also says which steps are shown.
 */
export function ImportPage() {
  const t = useT();
  const wizard = useImportWizard();
  const { error } = wizard.state;
  return (
    <section className="page" aria-labelledby="sam-import-title">
      <header className="page__header">
        <h1 id="sam-import-title">{t('sam.ui.importTitle')}</h1>
        <p className="page__intro">{t('sam.ui.importIntro')}</p>
      </header>
      {error ? (
        <div className="banner banner--error" role="alert">
          {error}
        </div>
      ) : null}
      {stepsShown(wizard.state).map((step) => (
        <StepView key={step} step={step} wizard={wizard} />
      ))}
    </section>
  );
}

function StepView({ step, wizard }: { step: WizardStep; wizard: ImportWizard }) {
  switch (step) {
    case 'file':
      return <ImportFileStep wizard={wizard} />;
    case 'mapping':
      return <ImportMappingStep wizard={wizard} />;
    case 'values':
      return <ImportValuesStep wizard={wizard} />;
    case 'dryRun':
      return <ImportDryRunStep wizard={wizard} />;
    case 'result':
      return <ImportResultStep wizard={wizard} />;
  }
}

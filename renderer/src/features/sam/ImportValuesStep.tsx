import { ConstantsStep, ValueMappingStep } from './ImportLearning';
import type { ImportWizard } from './use-import-wizard';

/** Step 3: what each word of a choice column becomes, then the fields set alike for every row. */
export function ImportValuesStep({ wizard }: { wizard: ImportWizard }) {
  const { state, dispatch } = wizard;
  const { prepared, kind, columns, values, constants } = state;
  if (!prepared || !kind) return null;
  return (
    <>
      <ValueMappingStep
        prepared={prepared}
        kind={kind}
        columns={columns}
        values={values}
        onValues={(next) => dispatch({ type: 'values', values: next })}
      />
      <ConstantsStep
        prepared={prepared}
        kind={kind}
        columns={columns}
        constants={constants}
        onConstants={(next) => dispatch({ type: 'constants', constants: next })}
      />
    </>
  );
}

import { useT } from '../../app/settings-store';
import { Field, SelectField } from '../../components/Field';
import type { ImportWizard } from './use-import-wizard';

/** Step 1: the file and its encoding (detected unless chosen); what was read is said as a status. */
export function ImportFileStep({ wizard }: { wizard: ImportWizard }) {
  const t = useT();
  const { encoding, busy, prepared } = wizard.state;
  return (
    <fieldset>
      <legend>{t('sam.ui.step.file')}</legend>
      <div className="grid">
        <Field label={t('sam.ui.chooseFile')}>
          {(a11y) => (
            <input {...a11y} type="file" accept=".csv,.txt,.xlsx" onChange={(event) => void wizard.chooseFile(event.target.files?.[0])} />
          )}
        </Field>
        <SelectField
          name="encoding"
          label={t('sam.ui.encoding')}
          value={encoding}
          options={(['auto', 'utf8', 'gbk'] as const).map((value) => ({ value, label: t(`sam.ui.encoding.${value}`) }))}
          onChange={wizard.chooseEncoding}
        />
      </div>
      {busy ? <p role="status">{busy}…</p> : null}
      {prepared ? (
        <p className="sam-fileinfo" role="status">
          {t('sam.ui.fileInfo', { file: prepared.file, format: prepared.format.toUpperCase(), encoding: prepared.encoding ?? '—' })}
        </p>
      ) : null}
    </fieldset>
  );
}

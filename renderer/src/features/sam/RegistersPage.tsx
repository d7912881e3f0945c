import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { SAM_REGISTERS, type SamRegister } from '../../../../shared/contract/sam/schemas';
import { api, ApiError } from '../../api/client';
import { type SaveRefusal, useSaveState } from '../../api/save-state';
import { useLocale, useT } from '../../app/settings-store';
import type { Locale } from '../../../../shared/i18n';
import { useSaveShortcut } from '../../app/shortcuts';
import { DataTable, type DataColumn, type DataSource } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { AliasEditor } from './AliasEditor';
import { ExportButtons } from './ExportButtons';
import { REGISTER_FIELDS, draftFromRecord, fieldValue, formFieldOf, recordFromDraft, type FieldDef } from './fields';
import { useSam } from './store';

interface RegisterRow {
  id: number;
  record: Record<string, unknown>;
}

type Translate = ReturnType<typeof useT>;

function shownValue(t: Translate, def: FieldDef, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (def.kind === 'boolean') return t(value ? 'sam.ui.yes' : 'sam.ui.no');
  if (typeof def.kind === 'object') return t.code(`${def.kind.labels}.${String(value)}`);
  return String(value);
}

function columnsFor(register: SamRegister, t: Translate, locale: Locale): DataColumn<RegisterRow>[] {
  return REGISTER_FIELDS[register].map((def) => ({
    id: def.field,
    label: def.label[locale],
    visible: def.shown === true,
    align: def.kind === 'integer' || def.kind === 'decimal' ? 'right' : 'left',
    value: (row) => {
      const value = fieldValue(row.record, def.field, register);
      return typeof value === 'number' ? value : shownValue(t, def, value);
    },
  }));
}

export function RegistersPage() {
  const t = useT();
  const locale = useLocale();
  const version = useSam((state) => state.version);
  const [register, setRegister] = useState<SamRegister>('installations');
  const [editing, setEditing] = useState<RegisterRow | 'new' | null>(null);
  const columns = useMemo(() => columnsFor(register, t, locale), [register, t, locale]);
  const source: DataSource<RegisterRow> = useCallback(
    async (query) => {
      const page = await api.call('sam.list', { register, ...query });
      return { total: page.total, rows: page.rows as RegisterRow[] };
    },
    [register],
  );

  return (
    <section className="page page--wide" aria-labelledby="sam-registers-title">
      <header className="page__header">
        <h1 id="sam-registers-title">{t('sam.ui.registersTitle')}</h1>
        <p className="page__intro">{t('sam.ui.registersIntro')}</p>
      </header>
      <div role="tablist" className="tabs" aria-label={t('sam.ui.registersTitle')}>
        {SAM_REGISTERS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            aria-selected={candidate === register}
            className={`tabs__tab${candidate === register ? ' tabs__tab--active' : ''}`}
            onClick={() => {
              setRegister(candidate);
              setEditing(null);
            }}
          >
            {t(`sam.kind.${candidate}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {editing !== null ? (
          <RecordForm
            key={`${register}-${editing === 'new' ? 'new' : editing.id}`}
            register={register}
            row={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
        <DataTable
          key={register}
          id={`sam-${register}`}
          label={t(`sam.kind.${register}`)}
          columns={columns}
          source={source}
          rowKey={(row) => row.id}
          reloadToken={version}
          onRowActivate={(row) => setEditing(row)}
          toolbar={
            <>
              <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
                {t('sam.ui.add')}
              </button>
              <ExportButtons what={register} />
            </>
          }
        />
      </div>
      {register === 'products' ? <AliasEditor /> : null}
    </section>
  );
}

/**
 * A refused record: every message at the form's field for its path (a rule that names one field, at that
 * field), and the refusal's own message on top.
 */
function refusedAtRecordField(register: SamRegister): (failure: unknown) => SaveRefusal {
  return (failure) => {
    if (!(failure instanceof ApiError)) return { state: 'failed', fieldErrors: {}, message: String(failure) };
    const byField: Record<string, string> = {};
    for (const [path, message] of Object.entries(failure.fieldErrors())) byField[formFieldOf(path, register)] ??= message;
    if (failure.error.details?.field && !failure.error.details.issues)
      byField[formFieldOf(failure.error.details.field, register)] = failure.message;
    return { state: Object.keys(byField).length > 0 ? 'invalid' : 'failed', fieldErrors: byField, message: failure.message };
  };
}

/** Add or edit one record; errors appear at their fields; Ctrl+S saves. */
function RecordForm({ register, row, onDone }: { register: SamRegister; row: RegisterRow | null; onDone(): void }) {
  const t = useT();
  const locale = useLocale();
  const [draft, setDraft] = useState(() => draftFromRecord(register, row?.record ?? null));
  const saving = useSaveState(useMemo(() => refusedAtRecordField(register), [register]));
  const errors = saving.refusal?.fieldErrors ?? {};
  const formError = saving.refusal?.message;
  const kindLabel = t(`sam.kind.${register}`);

  const save = () =>
    saving.run(async () => {
      await api.call('sam.save', { register, ...(row ? { id: row.id } : {}), record: recordFromDraft(register, draft) } as never);
      onDone();
    });
  useSaveShortcut(() => void save());
  const remove = async () => {
    if (!row || !window.confirm(t('sam.ui.confirmDelete'))) return;
    await api.call('sam.delete', { register, ids: [row.id] });
    onDone();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  return (
    <form
      className="card sam-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t(row ? 'sam.ui.editTitle' : 'sam.ui.addTitle', { kind: kindLabel })}
    >
      <h2>{t(row ? 'sam.ui.editTitle' : 'sam.ui.addTitle', { kind: kindLabel })}</h2>
      {formError ? (
        <div className="banner banner--error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="grid">
        {REGISTER_FIELDS[register].map((def) => (
          <Field key={def.field} label={def.label[locale]} error={errors[def.field]} required={def.required ?? false}>
            {(a11y) => {
              const value = draft[def.field];
              const set = (next: string | boolean) => setDraft((current) => ({ ...current, [def.field]: next }));
              if (def.kind === 'boolean')
                return <input {...a11y} type="checkbox" checked={value === true} onChange={(event) => set(event.target.checked)} />;
              if (typeof def.kind === 'object') {
                const labels = def.kind.labels;
                return (
                  <select {...a11y} value={String(value)} onChange={(event) => set(event.target.value)}>
                    {def.kind.choices.map((choice) => (
                      <option key={choice} value={choice}>
                        {t.code(`${labels}.${choice}`)}
                      </option>
                    ))}
                  </select>
                );
              }
              const type = def.kind === 'date' ? 'date' : def.kind === 'text' ? 'text' : 'number';
              return (
                <input
                  {...a11y}
                  type={type}
                  step={def.kind === 'decimal' ? 'any' : undefined}
                  value={String(value)}
                  onChange={(event) => set(event.target.value)}
                />
              );
            }}
          </Field>
        ))}
      </div>
      <footer className="page__actions">
        <button type="submit" className="button button--primary">
          {t('app.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('app.cancel')}
        </button>
        {row ? (
          <button type="button" className="button button--danger" onClick={() => void remove()}>
            {t('sam.ui.delete')}
          </button>
        ) : null}
      </footer>
    </form>
  );
}

/**
 * The 2025 filing form (备案表) of one object: table 1's unit particulars (once per unit, with the unit's
 * 备案表编号), tables 2–3's coded options of this object, and a way to print the form. Codes are offered from the
 * code lists (shared/catalogs/mlps/filing-form-codes.ts); the backend checks them again.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { MethodInput } from '../../../../shared/contract';
import { type FilingForm, type FilingFormFields, type MlpsUnit } from '../../../../shared/contract/mlps/records';
import { mlpsMethods } from '../../../../shared/contract/mlps/methods';
import type { FilingOptionSet } from '../../../../shared/contract/mlps/schemas';
import { filingFormCodes } from '../../../../shared/catalogs/mlps/filing-form-codes';
import { PROTECTION_PLAN_FROM_LEVEL } from '../../../../shared/domain/mlps';
import { api } from '../../api/client';
import { useLocale, useT } from '../../app/settings-store';
import { SelectField, TextField } from '../../components/Field';
import { useReports } from '../reports/store';
import {
  CheckboxField,
  DateField,
  ErrorBanner,
  Findings,
  NumberField,
  optional,
  optionalNumber,
  saveErrorOf,
  useRecordChecks,
  type SaveError,
} from './ui';
import { useSaveState, type SaveState } from '../../api/save-state';
import type { MessageKey } from '../../../../shared/i18n';

type Status = SaveState;

/** A select over one code list; '' for not chosen. */
function CodeField({
  set,
  name,
  label,
  value,
  onChange,
  error,
}: {
  set: FilingOptionSet;
  name: string;
  label: string;
  value: string | undefined;
  onChange(code: string | undefined): void;
  error?: string | undefined;
}) {
  const t = useT();
  const english = useLocale() === 'en-US';
  const options = [
    { value: '', label: t('mlps.ui.form.none') },
    ...filingFormCodes.options[set].map((option) => ({ value: option.code, label: `${option.code} ${english ? option.en : option.zh}` })),
  ];
  return (
    <SelectField
      name={name}
      label={label}
      value={value ?? ''}
      options={options}
      onChange={(code) => onChange(code === '' ? undefined : code)}
      error={error}
    />
  );
}

function SaveBar({ status }: { status: Status }) {
  const t = useT();
  return (
    <div className="page__actions">
      <button type="submit" className="button button--primary" disabled={status === 'saving'}>
        {status === 'saving' ? t('app.saving') : t('app.save')}
      </button>
      <span className="page__status" role="status" aria-live="polite">
        {status === 'saved' ? t('app.saved') : ''}
      </span>
    </div>
  );
}

/** Runs a save, keeping the form's status and field errors (the app's one save state, in the panel's terms). */
function useSave(): {
  status: Status;
  error: SaveError | null;
  touch(): void;
  run(action: () => Promise<void>): (event: FormEvent) => void;
} {
  const save = useSaveState();
  return {
    status: save.state,
    error: saveErrorOf(save.refusal),
    touch: save.touch,
    run: (action) => (event) => {
      event.preventDefault();
      void save.run(action);
    },
  };
}

function UnitForm({ onSaved }: { onSaved(): void }) {
  const t = useT();
  const [unit, setUnit] = useState<MlpsUnit | null>(null);
  const save = useSave();
  useEffect(() => void api.call('mlps.getUnit', {}).then(setUnit), []);
  const input: MethodInput<'mlps.saveUnit'> | null = unit && { ...unit, formNumber: optional(unit.formNumber ?? '') };
  const checks = useRecordChecks(mlpsMethods['mlps.saveUnit'].input, input, save.error);
  if (!unit || !input) return <p>{t('app.loading')}</p>;
  const edit = (patch: Partial<MlpsUnit>) => {
    setUnit({ ...unit, ...patch });
    save.touch();
  };
  const leader = (patch: Partial<MlpsUnit['securityLeader']>) => edit({ securityLeader: { ...unit.securityLeader, ...patch } });
  const field = (name: string) => checks.errors[name];
  const submit = save.run(async () => {
    setUnit(await api.call('mlps.saveUnit', input));
    onSaved();
  });
  return (
    <form onSubmit={submit} onBlur={checks.onBlur} noValidate aria-label={t('mlps.ui.unit.title')}>
      <fieldset>
        <legend>{t('mlps.ui.unit.title')}</legend>
        <ErrorBanner error={save.error} />
        <div className="grid">
          <TextField
            name="formNumber"
            label={t('mlps.doc.formNumber')}
            help={t('mlps.doc.formNumberHint')}
            value={unit.formNumber ?? ''}
            onChange={(formNumber) => edit({ formNumber })}
            error={field('formNumber')}
          />
          <TextField
            name="postalCode"
            label={t('mlps.doc.postalCode')}
            value={unit.postalCode}
            onChange={(postalCode) => edit({ postalCode })}
            error={field('postalCode')}
          />
          <TextField
            name="securityLeader.name"
            label={`${t('mlps.doc.securityLeader')} · ${t('mlps.doc.name')}`}
            value={unit.securityLeader.name}
            onChange={(name) => leader({ name })}
            error={field('securityLeader.name')}
          />
          <TextField
            name="securityLeader.title"
            label={t('mlps.doc.title')}
            value={unit.securityLeader.title}
            onChange={(title) => leader({ title })}
          />
          <TextField
            name="securityLeader.officePhone"
            label={t('mlps.doc.officePhone')}
            value={unit.securityLeader.officePhone}
            onChange={(officePhone) => leader({ officePhone })}
            error={field('securityLeader.officePhone')}
          />
          <TextField
            name="securityLeader.email"
            label={t('mlps.doc.email')}
            value={unit.securityLeader.email}
            onChange={(email) => leader({ email })}
            error={field('securityLeader.email')}
          />
          <TextField
            name="contactTitle"
            label={`${t('mlps.doc.contact')} · ${t('mlps.doc.title')}`}
            value={unit.contactTitle}
            onChange={(contactTitle) => edit({ contactTitle })}
          />
          <TextField
            name="contactMobile"
            label={`${t('mlps.doc.contact')} · ${t('mlps.doc.mobile')}`}
            value={unit.contactMobile}
            onChange={(contactMobile) => edit({ contactMobile })}
            error={field('contactMobile')}
          />
          <CodeField
            set="affiliation"
            name="affiliation"
            label={t('mlps.doc.affiliation')}
            value={unit.affiliation}
            onChange={(affiliation) => edit({ affiliation })}
            error={field('affiliation')}
          />
          <CodeField
            set="unitType"
            name="unitType"
            label={t('mlps.doc.unitType')}
            value={unit.unitType}
            onChange={(unitType) => edit({ unitType })}
            error={field('unitType')}
          />
          <CodeField
            set="industry"
            name="industry"
            label={t('mlps.doc.industry')}
            value={unit.industry}
            onChange={(industry) => edit({ industry })}
            error={field('industry')}
          />
          <TextField
            name="competentDepartment"
            label={t('mlps.doc.competentDepartment')}
            help={t('mlps.doc.competentDepartmentHelp')}
            value={unit.competentDepartment}
            onChange={(competentDepartment) => edit({ competentDepartment })}
            error={field('competentDepartment')}
          />
        </div>
      </fieldset>
      <SaveBar status={save.status} />
    </form>
  );
}

interface ProductDraft {
  type: string;
  quantity: string;
  domestic: string;
}

function SystemForm({ objectId, form, onSaved }: { objectId: string; form: FilingForm; onSaved(form: FilingForm): void }) {
  const t = useT();
  const english = useLocale() === 'en-US';
  const [fields, setFields] = useState<FilingFormFields>(form.system.form);
  const [products, setProducts] = useState<ProductDraft[]>(
    form.system.form.keyProducts.map((p) => ({ type: p.type, quantity: String(p.quantity), domestic: String(p.domestic) })),
  );
  const save = useSave();
  const edit = (patch: Partial<FilingFormFields>) => {
    setFields((current) => ({ ...current, ...patch }));
    save.touch();
  };
  const input: MethodInput<'mlps.saveFilingFormFields'> = {
    ...fields,
    objectId,
    keyProducts: products.map((p) => ({
      type: p.type,
      quantity: optionalNumber(p.quantity) ?? 0,
      domestic: optionalNumber(p.domestic) ?? 0,
    })),
  };
  const checks = useRecordChecks(mlpsMethods['mlps.saveFilingFormFields'].input, input, save.error);
  const field = (name: string) => checks.errors[name];
  const toggle = (list: readonly string[], code: string, on: boolean) => (on ? [...list, code] : list.filter((other) => other !== code));
  const setProduct = (index: number, patch: Partial<ProductDraft>) => {
    setProducts((list) => list.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
    save.touch();
  };
  const submit = save.run(async () => {
    onSaved(await api.call('mlps.saveFilingFormFields', input));
  });
  const label = (option: { code: string; zh: string; en: string }) => `${option.code} ${english ? option.en : option.zh}`;
  const codes = (set: FilingOptionSet, name: keyof FilingFormFields & string, key: MessageKey): ReactNode => (
    <CodeField
      set={set}
      name={name}
      label={t(key)}
      value={fields[name] as string | undefined}
      onChange={(code) => edit({ [name]: code })}
      error={field(name)}
    />
  );
  return (
    <form onSubmit={submit} onBlur={checks.onBlur} noValidate aria-label={t('mlps.ui.form.title')}>
      <fieldset>
        <legend>{t('mlps.ui.form.title')}</legend>
        <ErrorBanner error={save.error} />
        <div className="grid">
          {codes('businessType', 'businessType', 'mlps.doc.businessType')}
          {codes('serviceScope', 'serviceScope', 'mlps.doc.serviceScope')}
          <NumberField
            name="serviceScopeSpan"
            label={t('mlps.doc.serviceScopeSpan', { count: 'N' })}
            value={fields.serviceScopeSpan?.toString() ?? ''}
            onChange={(value) => edit({ serviceScopeSpan: optionalNumber(value) })}
            error={field('serviceScopeSpan')}
          />
          {codes('serviceObjects', 'serviceObjects', 'mlps.doc.serviceObjects')}
          {codes('networkCoverage', 'networkCoverage', 'mlps.doc.networkCoverage')}
          {codes('networkNature', 'networkNature', 'mlps.doc.networkNature')}
          <TextField
            name="assessmentBody"
            label={t('mlps.doc.assessmentBody')}
            value={fields.assessmentBody}
            onChange={(assessmentBody) => edit({ assessmentBody })}
          />
          <TextField
            name="parentSystem"
            label={t('mlps.doc.parentSystem')}
            value={fields.parentSystem}
            onChange={(parentSystem) => edit({ parentSystem })}
          />
          <TextField
            name="parentUnit"
            label={t('mlps.doc.parentUnit')}
            value={fields.parentUnit}
            onChange={(parentUnit) => edit({ parentUnit })}
          />
          <TextField name="filledBy" label={t('mlps.doc.filledBy')} value={fields.filledBy} onChange={(filledBy) => edit({ filledBy })} />
          <DateField
            name="filledOn"
            label={t('mlps.doc.filledOn')}
            value={fields.filledOn ?? ''}
            onChange={(filledOn) => edit({ filledOn: optional(filledOn) })}
            error={field('filledOn')}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('mlps.doc.interconnection')}</legend>
        {filingFormCodes.options.interconnection.map((option) => (
          <CheckboxField
            key={option.code}
            name={`interconnections.${option.code}`}
            label={label(option)}
            checked={fields.interconnections.includes(option.code)}
            onChange={(on) => edit({ interconnections: toggle(fields.interconnections, option.code, on) })}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('mlps.doc.keyProducts')}</legend>
        {products.map((product, index) => (
          <div className="grid" key={index}>
            <CodeField
              set="productType"
              name={`keyProducts.${index}.type`}
              label={t('mlps.doc.productType')}
              value={product.type}
              onChange={(type) => setProduct(index, { type: type ?? '' })}
              error={field(`keyProducts[${index}].type`)}
            />
            <NumberField
              name={`keyProducts.${index}.quantity`}
              label={t('mlps.doc.quantity')}
              value={product.quantity}
              onChange={(quantity) => setProduct(index, { quantity })}
              error={field(`keyProducts[${index}].quantity`)}
            />
            <NumberField
              name={`keyProducts.${index}.domestic`}
              label={t('mlps.doc.domestic')}
              value={product.domestic}
              onChange={(domestic) => setProduct(index, { domestic })}
              error={field(`keyProducts[${index}].domestic`)}
            />
            <div>
              <button type="button" className="button" onClick={() => setProducts((list) => list.filter((_, i) => i !== index))}>
                {t('mlps.ui.remove')}
              </button>
            </div>
          </div>
        ))}
        <button type="button" className="button" onClick={() => setProducts((list) => [...list, { type: '', quantity: '', domestic: '' }])}>
          {t('mlps.ui.form.addProduct')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('mlps.doc.services')}</legend>
        {filingFormCodes.options.serviceType.map((option) => {
          const used = fields.services.find((service) => service.type === option.code);
          const others = fields.services.filter((service) => service.type !== option.code);
          return (
            <div className="grid" key={option.code}>
              <CheckboxField
                name={`services.${option.code}`}
                label={label(option)}
                checked={used !== undefined}
                onChange={(on) => edit({ services: on ? [...others, { type: option.code }] : others })}
              />
              {used ? (
                <CodeField
                  set="providerType"
                  name={`services.${option.code}.provider`}
                  label={t('mlps.doc.provider')}
                  value={used.provider}
                  onChange={(provider) => edit({ services: [...others, { type: option.code, ...(provider ? { provider } : {}) }] })}
                />
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <p className="muted">{t('mlps.ui.form.unverified')}</p>
      <SaveBar status={save.status} />
    </form>
  );
}

export function FilingFormPanel({ objectId }: { objectId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [form, setForm] = useState<FilingForm | null>(null);
  const load = () => void api.call('mlps.filingForm', { objectId }).then(setForm);
  useEffect(load, [objectId]);
  if (!form) return <p>{t('app.loading')}</p>;
  const print = (kind: 'filing-form' | 'protection-plan') => () => {
    useReports.getState().choose({ kind, objectId });
    void navigate('/reports');
  };
  return (
    <div className="columns">
      <div>
        <UnitForm onSaved={load} />
        <SystemForm objectId={objectId} form={form} onSaved={setForm} />
      </div>
      <section aria-label={t('mlps.doc.formTitle')}>
        <h3>{t('mlps.doc.formTitle')}</h3>
        <p>
          {t('app.labelled', { label: t('mlps.doc.formNumber'), value: form.formNumber ?? t('mlps.ui.form.none') })}
          {t('app.separator.semicolon')}
          {t('app.labelled', { label: t('mlps.doc.certificateNumber'), value: form.certificateNumber ?? t('mlps.ui.form.none') })}
        </p>
        <Findings findings={form.findings} />
        <div className="page__actions">
          <button type="button" className="button button--primary" onClick={print('filing-form')}>
            {t('mlps.ui.form.print')}
          </button>
          {/* The 保护工作方案 is due only from level 3 (docs/standards.md §2). */}
          {(form.grading?.level ?? 0) >= PROTECTION_PLAN_FROM_LEVEL ? (
            <button type="button" className="button" onClick={print('protection-plan')}>
              {t('mlps.ui.form.printPlan')}
            </button>
          ) : null}
        </div>
      </section>
    </div>
  );
}

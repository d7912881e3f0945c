/** The register form of one protected object (table 2 of the filing form and the 2025 data inventory sheet). */
import { useState, type FormEvent } from 'react';
import type { MethodInput } from '../../../../shared/contract';
import { mlpsMethods } from '../../../../shared/contract/mlps/methods';
import { DATA_CLASSES, type DataCategory, type ProtectedObject } from '../../../../shared/contract/mlps/records';
import {
  EXTENSION_SETS,
  PROTECTED_OBJECT_KINDS,
  type ExtensionSet,
  type ProtectedObjectKind,
} from '../../../../shared/contract/mlps/schemas';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';
import { useSaveShortcut } from '../../app/shortcuts';
import { SelectField, TextField } from '../../components/Field';
import { useMlps } from './store';
import { CheckboxField, DateField, ErrorBanner, TextAreaField, optional, saveErrorOf, useRecordChecks } from './ui';
import { useSaveState } from '../../api/save-state';

type Draft = Omit<ProtectedObject, 'id' | 'goLiveOn' | 'hostedOn'> & { id?: string; goLiveOn: string; hostedOn: string };

const TEXT_FIELDS = ['number', 'businessType', 'serviceScope', 'serviceUsers', 'networkCoverage', 'ownerDepartment'] as const;
const LONG_FIELDS = ['businessDescription', 'interconnections', 'keyProducts'] as const;

/** The extension sets a kind of object is usually assessed against. */
const KIND_EXTENSIONS: Partial<Record<ProtectedObjectKind, ExtensionSet>> = {
  'cloud-platform': 'cloud',
  mobile: 'mobile',
  iot: 'iot',
  'industrial-control': 'ics',
};

export function emptyObject(): Draft {
  return {
    name: '',
    number: '',
    kind: 'information-system',
    businessType: '',
    businessDescription: '',
    serviceScope: '',
    serviceUsers: '',
    networkCoverage: '',
    interconnections: '',
    keyProducts: '',
    goLiveOn: '',
    newSystem: false,
    subsystem: false,
    ownerDepartment: '',
    hostedOn: '',
    extensions: [],
    dataCategories: [],
    processesMuchPersonalInfo: false,
    servesPublic: false,
  };
}

export function draftOf(object: ProtectedObject): Draft {
  return { ...object, goLiveOn: object.goLiveOn ?? '', hostedOn: object.hostedOn ?? '' };
}

const blankCategory = (): DataCategory => ({
  name: '',
  dataClass: 'general',
  volume: '',
  personalInfo: false,
  sensitivePersonalInfo: false,
  storageLocation: '',
  dataItems: '',
  source: '',
  purpose: '',
  sharedWith: '',
  crossBorder: false,
  protectionMeasures: '',
  responsible: '',
});

/** The 数据摸底调查表's text fields beyond the register's, in the sheet's order. */
const SHEET_TEXT_FIELDS = ['dataItems', 'source', 'purpose', 'sharedWith', 'protectionMeasures', 'responsible'] as const;

function toInput({ goLiveOn, hostedOn, ...rest }: Draft): MethodInput<'mlps.saveObject'> {
  return { ...rest, goLiveOn: optional(goLiveOn), hostedOn: optional(hostedOn) };
}

export function ObjectForm({ initial, onSaved }: { initial: Draft; onSaved(id: string): void }) {
  const t = useT();
  const objects = useMlps((s) => s.objects);
  const [draft, setDraft] = useState<Draft>(initial);
  const saving = useSaveState();
  const error = saveErrorOf(saving.refusal);
  const status = saving.state;
  const edit = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    saving.touch();
  };

  const input = toInput(draft);
  const checks = useRecordChecks(mlpsMethods['mlps.saveObject'].input, input, error);
  const save = async () => {
    await saving.run(async () => {
      const view = await api.call('mlps.saveObject', input);
      setDraft(draftOf(view.object));
      useMlps.getState().setView(view);
      void useMlps.getState().loadObjects();
      onSaved(view.object.id);
    });
  };
  useSaveShortcut(() => void save());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const setCategory = (index: number, patch: Partial<DataCategory>) =>
    edit({ dataCategories: draft.dataCategories.map((category, i) => (i === index ? { ...category, ...patch } : category)) });
  const hosts = objects.filter((object) => object.id !== draft.id);

  return (
    <form className="page" onSubmit={onSubmit} onBlur={checks.onBlur} noValidate aria-label={t('mlps.ui.object.register')}>
      <ErrorBanner error={error} />
      <fieldset>
        <legend>{t('mlps.ui.object.basics')}</legend>
        <div className="grid">
          <TextField
            name="name"
            label={t('mlps.ui.object.name')}
            required
            value={draft.name}
            onChange={(name) => edit({ name })}
            error={checks.errors.name}
          />
          <SelectField
            name="kind"
            label={t('mlps.ui.object.kind')}
            value={draft.kind}
            options={PROTECTED_OBJECT_KINDS.map((kind) => ({ value: kind, label: t(`mlps.objectKind.${kind}`) }))}
            onChange={(kind) => {
              const extension = KIND_EXTENSIONS[kind];
              edit({
                kind,
                ...(extension && !draft.extensions.includes(extension) ? { extensions: [...draft.extensions, extension] } : {}),
              });
            }}
          />
          {TEXT_FIELDS.map((key) => (
            <TextField
              key={key}
              name={key}
              label={t(`mlps.ui.object.${key}`)}
              value={draft[key]}
              onChange={(value) => edit({ [key]: value })}
              error={checks.errors[key]}
            />
          ))}
          <DateField
            name="goLiveOn"
            label={t('mlps.ui.object.goLiveOn')}
            value={draft.goLiveOn}
            onChange={(goLiveOn) => edit({ goLiveOn })}
            error={checks.errors.goLiveOn}
          />
          <SelectField
            name="hostedOn"
            label={t('mlps.ui.object.hostedOn')}
            value={draft.hostedOn}
            options={[{ value: '', label: t('mlps.ui.object.notHosted') }, ...hosts.map((host) => ({ value: host.id, label: host.name }))]}
            onChange={(hostedOn) => edit({ hostedOn })}
            error={checks.errors.hostedOn}
          />
        </div>
        <div className="grid">
          {LONG_FIELDS.map((key) => (
            <TextAreaField
              key={key}
              name={key}
              label={t(`mlps.ui.object.${key}`)}
              value={draft[key]}
              onChange={(value) => edit({ [key]: value })}
              error={checks.errors[key]}
            />
          ))}
        </div>
        <div className="checks">
          <CheckboxField
            name="newSystem"
            label={t('mlps.ui.object.newSystem')}
            help={t('mlps.ui.object.newSystemHelp')}
            checked={draft.newSystem}
            onChange={(newSystem) => edit({ newSystem })}
          />
          <CheckboxField
            name="subsystem"
            label={t('mlps.ui.object.subsystem')}
            checked={draft.subsystem}
            onChange={(subsystem) => edit({ subsystem })}
          />
          <CheckboxField
            name="processesMuchPersonalInfo"
            label={t('mlps.ui.object.processesMuchPersonalInfo')}
            checked={draft.processesMuchPersonalInfo}
            onChange={(processesMuchPersonalInfo) => edit({ processesMuchPersonalInfo })}
          />
          <CheckboxField
            name="servesPublic"
            label={t('mlps.ui.object.servesPublic')}
            checked={draft.servesPublic}
            onChange={(servesPublic) => edit({ servesPublic })}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('mlps.ui.object.extensions')}</legend>
        <p className="field__help">{t('mlps.ui.object.extensionsHelp')}</p>
        <div className="checks">
          {EXTENSION_SETS.map((set) => (
            <CheckboxField
              key={set}
              name={`extension-${set}`}
              label={t(`mlps.requirementSet.${set}`)}
              checked={draft.extensions.includes(set)}
              onChange={(checked) =>
                edit({ extensions: checked ? [...draft.extensions, set] : draft.extensions.filter((other) => other !== set) })
              }
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('mlps.ui.object.dataInventory')}</legend>
        <p className="field__help">{t('mlps.ui.object.dataInventoryHelp')}</p>
        {draft.dataCategories.map((category, index) => (
          <div className="grid data-category" key={index}>
            <TextField
              name={`dataCategories.${index}.name`}
              label={t('mlps.ui.data.name')}
              required
              value={category.name}
              onChange={(name) => setCategory(index, { name })}
              error={checks.errors[`dataCategories[${index}].name`]}
            />
            <SelectField
              name={`dataCategories.${index}.dataClass`}
              label={t('mlps.ui.data.class')}
              value={category.dataClass}
              options={DATA_CLASSES.map((value) => ({ value, label: t(`mlps.ui.dataClass.${value}`) }))}
              onChange={(dataClass) => setCategory(index, { dataClass })}
            />
            <TextField
              name={`dataCategories.${index}.volume`}
              label={t('mlps.ui.data.volume')}
              value={category.volume}
              onChange={(volume) => setCategory(index, { volume })}
            />
            <TextField
              name={`dataCategories.${index}.storageLocation`}
              label={t('mlps.ui.data.storageLocation')}
              value={category.storageLocation}
              onChange={(storageLocation) => setCategory(index, { storageLocation })}
            />
            <CheckboxField
              name={`dataCategories.${index}.personalInfo`}
              label={t('mlps.ui.data.personalInfo')}
              checked={category.personalInfo}
              onChange={(personalInfo) => setCategory(index, { personalInfo })}
            />
            <CheckboxField
              name={`dataCategories.${index}.sensitivePersonalInfo`}
              label={t('mlps.ui.data.sensitivePersonalInfo')}
              checked={category.sensitivePersonalInfo}
              onChange={(sensitivePersonalInfo) => setCategory(index, { sensitivePersonalInfo })}
            />
            {SHEET_TEXT_FIELDS.map((field) => (
              <TextField
                key={field}
                name={`dataCategories.${index}.${field}`}
                label={t(`mlps.doc.${field}`)}
                value={category[field]}
                onChange={(value) => setCategory(index, { [field]: value })}
                error={checks.errors[`dataCategories[${index}].${field}`]}
              />
            ))}
            <CheckboxField
              name={`dataCategories.${index}.crossBorder`}
              label={t('mlps.doc.crossBorder')}
              checked={category.crossBorder}
              onChange={(crossBorder) => setCategory(index, { crossBorder })}
            />
            <div>
              <button
                type="button"
                className="button"
                onClick={() => edit({ dataCategories: draft.dataCategories.filter((_, i) => i !== index) })}
              >
                {t('mlps.ui.remove')}
              </button>
            </div>
          </div>
        ))}
        <button type="button" className="button" onClick={() => edit({ dataCategories: [...draft.dataCategories, blankCategory()] })}>
          {t('mlps.ui.data.add')}
        </button>
      </fieldset>
      <footer className="page__actions">
        <button type="submit" className="button button--primary" disabled={status === 'saving'}>
          {status === 'saving' ? t('app.saving') : t('app.save')}
        </button>
        <span className="page__status" role="status" aria-live="polite">
          {status === 'saved' ? t('app.saved') : ''}
        </span>
      </footer>
    </form>
  );
}

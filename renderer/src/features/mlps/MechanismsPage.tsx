/**
 * The enterprise mechanisms point 5 of the 2009 opinion names: emergency plans and drills, the major-risk
 * register, protection of important information, security posts (with the separation of administrators), and
 * an overview of disaster recovery per object.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/contract';
import { mlpsMethods } from '../../../../shared/contract/mlps/methods';
import { DATA_CLASSES, DUTY_ROLES, RISK_STATUSES } from '../../../../shared/contract/mlps/records';
import { RISK_RATINGS } from '../../../../shared/contract/mlps/schemas';
import { api } from '../../api/client';
import { useT } from '../../app/settings-store';
import { RecordEditor, type ColumnSpec, type FieldSpec } from './RecordEditor';
import { useMlps } from './store';
import { Findings } from './ui';
import type { KeysUnder } from '../../../../shared/i18n';

const TABS = ['plans', 'drills', 'risks', 'info', 'duties', 'recovery'] as const;
type Tab = (typeof TABS)[number];

type ListMethod = 'mlps.listEmergencyPlans' | 'mlps.listDrills' | 'mlps.listRisks' | 'mlps.listInfoProtection';
type SaveMethod = 'mlps.saveEmergencyPlan' | 'mlps.saveDrill' | 'mlps.saveRisk' | 'mlps.saveInfoProtection' | 'mlps.saveDuty';
type RemoveMethod = 'mlps.removeEmergencyPlan' | 'mlps.removeDrill' | 'mlps.removeRisk' | 'mlps.removeInfoProtection' | 'mlps.removeDuty';

/** Loads a register with its method and reloads it after each change. */
function useRegister<M extends MethodName>(method: M) {
  const [value, setValue] = useState<MethodOutput<M> | null>(null);
  const load = useCallback(async () => setValue(await api.call(method, {} as MethodInput<M>)), [method]);
  useEffect(() => void load(), [load]);
  return { value, load };
}

function Register<R extends { id: string }>(props: {
  list: ListMethod;
  save: SaveMethod;
  remove: RemoveMethod;
  title: string;
  addLabel: string;
  fields: FieldSpec[];
  columns: ColumnSpec<R>[];
}) {
  const { value, load } = useRegister(props.list);
  return (
    <RecordEditor<R>
      title={props.title}
      records={(value ?? []) as unknown as R[]}
      idOf={(record) => record.id}
      fields={props.fields}
      columns={props.columns}
      blank={{}}
      addLabel={props.addLabel}
      schema={mlpsMethods[props.save].input}
      save={async (record) => {
        await api.call(props.save, record as MethodInput<SaveMethod>);
        await load();
      }}
      remove={async (record) => {
        await api.call(props.remove, { id: record.id });
        await load();
      }}
    />
  );
}

export function MechanismsPage() {
  const t = useT();
  const [tab, setTab] = useState<Tab>('plans');
  const { objects, loadObjects } = useMlps();
  useEffect(() => void loadObjects(), [loadObjects]);
  const objectNames = useMemo(() => new Map(objects.map((object) => [object.id, object.name])), [objects]);
  const objectOptions = [
    { value: '', label: t('mlps.ui.mechanisms.enterpriseWide') },
    ...objects.map((object) => ({ value: object.id, label: object.name })),
  ];
  const nameOf = (id: string | undefined) => (id ? (objectNames.get(id) ?? id) : t('mlps.ui.mechanisms.enterpriseWide'));
  const label = (key: KeysUnder<'mlps.ui.mechanisms.field.'>) => t(`mlps.ui.mechanisms.field.${key}`);

  return (
    <section className="page page--wide">
      <header className="page__header">
        <h1>{t('mlps.ui.mechanisms.title')}</h1>
        <p className="page__intro">{t('mlps.ui.mechanisms.intro')}</p>
      </header>
      <div role="tablist" className="tabs" aria-label={t('mlps.ui.mechanisms.title')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={`tab${tab === name ? ' tab--active' : ''}`}
            onClick={() => setTab(name)}
          >
            {t(`mlps.ui.mechanisms.tab.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tabpanel">
        {tab === 'plans' ? (
          <Register<MethodOutput<'mlps.listEmergencyPlans'>[number]>
            list="mlps.listEmergencyPlans"
            save="mlps.saveEmergencyPlan"
            remove="mlps.removeEmergencyPlan"
            title={t('mlps.ui.mechanisms.tab.plans')}
            addLabel={t('mlps.ui.mechanisms.addPlan')}
            fields={[
              { key: 'title', label: label('title'), kind: 'text', required: true },
              { key: 'scope', label: label('scope'), kind: 'text' },
              { key: 'version', label: label('version'), kind: 'text' },
              { key: 'owner', label: label('owner'), kind: 'text' },
              { key: 'approvedOn', label: label('approvedOn'), kind: 'date' },
              { key: 'reviewedOn', label: label('reviewedOn'), kind: 'date' },
              { key: 'notes', label: label('notes'), kind: 'textarea' },
            ]}
            columns={[
              { label: label('title'), render: (plan) => plan.title },
              { label: label('version'), render: (plan) => plan.version },
              { label: label('owner'), render: (plan) => plan.owner },
              { label: label('approvedOn'), render: (plan) => plan.approvedOn ?? '' },
              { label: label('reviewedOn'), render: (plan) => plan.reviewedOn ?? '' },
            ]}
          />
        ) : null}
        {tab === 'drills' ? <DrillsTab /> : null}
        {tab === 'risks' ? (
          <Register<MethodOutput<'mlps.listRisks'>[number]>
            list="mlps.listRisks"
            save="mlps.saveRisk"
            remove="mlps.removeRisk"
            title={t('mlps.ui.mechanisms.tab.risks')}
            addLabel={t('mlps.ui.mechanisms.addRisk')}
            fields={[
              { key: 'title', label: label('title'), kind: 'text', required: true },
              { key: 'objectId', label: label('object'), kind: 'select', options: objectOptions },
              {
                key: 'rating',
                label: label('rating'),
                kind: 'select',
                required: true,
                options: [{ value: '', label: '—' }, ...RISK_RATINGS.map((value) => ({ value, label: t(`mlps.risk.${value}`) }))],
              },
              {
                key: 'status',
                label: label('status'),
                kind: 'select',
                options: RISK_STATUSES.map((value) => ({ value, label: t(`mlps.ui.riskStatus.${value}`) })),
              },
              { key: 'owner', label: label('owner'), kind: 'text' },
              { key: 'identifiedOn', label: label('identifiedOn'), kind: 'date' },
              { key: 'reviewedOn', label: label('reviewedOn'), kind: 'date' },
              { key: 'description', label: label('description'), kind: 'textarea' },
              { key: 'measures', label: label('measures'), kind: 'textarea' },
            ]}
            columns={[
              { label: label('title'), render: (risk) => risk.title },
              { label: label('object'), render: (risk) => nameOf(risk.objectId) },
              { label: label('rating'), render: (risk) => t(`mlps.risk.${risk.rating}`) },
              { label: label('status'), render: (risk) => t(`mlps.ui.riskStatus.${risk.status}`) },
              { label: label('owner'), render: (risk) => risk.owner },
            ]}
          />
        ) : null}
        {tab === 'info' ? (
          <Register<MethodOutput<'mlps.listInfoProtection'>[number]>
            list="mlps.listInfoProtection"
            save="mlps.saveInfoProtection"
            remove="mlps.removeInfoProtection"
            title={t('mlps.ui.mechanisms.tab.info')}
            addLabel={t('mlps.ui.mechanisms.addInfo')}
            fields={[
              { key: 'title', label: label('infoTitle'), kind: 'text', required: true },
              { key: 'objectId', label: label('object'), kind: 'select', options: objectOptions },
              {
                key: 'dataClass',
                label: label('dataClass'),
                kind: 'select',
                options: DATA_CLASSES.map((value) => ({ value, label: t(`mlps.ui.dataClass.${value}`) })),
              },
              { key: 'holder', label: label('holder'), kind: 'text' },
              { key: 'reviewedOn', label: label('reviewedOn'), kind: 'date' },
              { key: 'measures', label: label('measures'), kind: 'textarea' },
            ]}
            columns={[
              { label: label('infoTitle'), render: (info) => info.title },
              { label: label('object'), render: (info) => nameOf(info.objectId) },
              { label: label('dataClass'), render: (info) => t(`mlps.ui.dataClass.${info.dataClass}`) },
              { label: label('holder'), render: (info) => info.holder },
              { label: label('measures'), render: (info) => info.measures },
            ]}
          />
        ) : null}
        {tab === 'duties' ? <DutiesTab objectOptions={objectOptions} nameOf={nameOf} objectNames={objectNames} /> : null}
        {tab === 'recovery' ? <RecoveryOverview nameOf={nameOf} /> : null}
      </div>
    </section>
  );
}

function DrillsTab() {
  const t = useT();
  const { value: plans } = useRegister('mlps.listEmergencyPlans');
  const label = (key: KeysUnder<'mlps.ui.mechanisms.field.'>) => t(`mlps.ui.mechanisms.field.${key}`);
  const planTitle = (id: string | undefined) => (plans ?? []).find((plan) => plan.id === id)?.title ?? '';
  return (
    <Register<MethodOutput<'mlps.listDrills'>[number]>
      list="mlps.listDrills"
      save="mlps.saveDrill"
      remove="mlps.removeDrill"
      title={t('mlps.ui.mechanisms.tab.drills')}
      addLabel={t('mlps.ui.mechanisms.addDrill')}
      fields={[
        { key: 'heldOn', label: label('heldOn'), kind: 'date', required: true },
        { key: 'scenario', label: label('scenario'), kind: 'text', required: true },
        {
          key: 'planId',
          label: label('plan'),
          kind: 'select',
          options: [{ value: '', label: '—' }, ...(plans ?? []).map((plan) => ({ value: plan.id, label: plan.title }))],
        },
        { key: 'participants', label: label('participants'), kind: 'text' },
        { key: 'findings', label: label('findings'), kind: 'textarea' },
        { key: 'improvements', label: label('improvements'), kind: 'textarea' },
      ]}
      columns={[
        { label: label('heldOn'), render: (drill) => drill.heldOn },
        { label: label('scenario'), render: (drill) => drill.scenario },
        { label: label('plan'), render: (drill) => planTitle(drill.planId) },
        { label: label('findings'), render: (drill) => drill.findings },
      ]}
    />
  );
}

function DutiesTab({
  objectOptions,
  nameOf,
  objectNames,
}: {
  objectOptions: { value: string; label: string }[];
  nameOf(id: string | undefined): string;
  objectNames: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const { value, load } = useRegister('mlps.listDuties');
  const label = (key: KeysUnder<'mlps.ui.mechanisms.field.'>) => t(`mlps.ui.mechanisms.field.${key}`);
  return (
    <>
      <p className="field__help">{t('mlps.ui.duties.separationHelp')}</p>
      {value && value.findings.length === 0 && value.duties.length > 0 ? <p className="ok">{t('mlps.ui.duties.separated')}</p> : null}
      <Findings findings={value?.findings ?? []} objectNames={objectNames} />
      <RecordEditor<MethodOutput<'mlps.listDuties'>['duties'][number]>
        title={t('mlps.ui.mechanisms.tab.duties')}
        records={value?.duties ?? []}
        idOf={(duty) => duty.id}
        blank={{ role: 'system-admin' }}
        schema={mlpsMethods['mlps.saveDuty'].input}
        addLabel={t('mlps.ui.mechanisms.addDuty')}
        fields={[
          {
            key: 'role',
            label: label('role'),
            kind: 'select',
            options: DUTY_ROLES.map((role) => ({ value: role, label: t(`mlps.ui.dutyRole.${role}`) })),
          },
          { key: 'title', label: label('postTitle'), kind: 'text' },
          { key: 'person', label: label('person'), kind: 'text', required: true },
          { key: 'objectId', label: label('object'), kind: 'select', options: objectOptions },
          { key: 'department', label: label('department'), kind: 'text' },
          { key: 'appointedOn', label: label('appointedOn'), kind: 'date' },
          { key: 'notes', label: label('notes'), kind: 'textarea' },
        ]}
        columns={[
          {
            label: label('role'),
            render: (duty) =>
              duty.title
                ? t('app.withNote', { text: t(`mlps.ui.dutyRole.${duty.role}`), note: duty.title })
                : t(`mlps.ui.dutyRole.${duty.role}`),
          },
          { label: label('person'), render: (duty) => duty.person },
          { label: label('object'), render: (duty) => nameOf(duty.objectId) },
          { label: label('department'), render: (duty) => duty.department },
        ]}
        save={async (record) => {
          await api.call('mlps.saveDuty', record as MethodInput<'mlps.saveDuty'>);
          await load();
        }}
        remove={async (duty) => {
          await api.call('mlps.removeDuty', { id: duty.id });
          await load();
        }}
      />
    </>
  );
}

function RecoveryOverview({ nameOf }: { nameOf(id: string | undefined): string }) {
  const t = useT();
  const { value } = useRegister('mlps.listRecovery');
  const minutes = (n: number | undefined) => (n === undefined ? '—' : t('mlps.ui.recovery.minutes', { n }));
  return (
    <table className="data">
      <thead>
        <tr>
          <th>{t('mlps.ui.mechanisms.field.object')}</th>
          <th>{t('mlps.ui.recovery.level')}</th>
          <th>RTO</th>
          <th>RPO</th>
          <th>{t('mlps.ui.recovery.lastDrillOn')}</th>
        </tr>
      </thead>
      <tbody>
        {(value ?? []).length === 0 ? (
          <tr>
            <td colSpan={5} className="muted">
              {t('mlps.ui.recovery.none')}
            </td>
          </tr>
        ) : null}
        {(value ?? []).map((record) => (
          <tr key={record.objectId}>
            <td>
              <Link to={`/mlps?object=${record.objectId}&tab=recovery`}>{nameOf(record.objectId)}</Link>
              <Findings findings={record.findings} />
            </td>
            <td>{t(`mlps.drLevel.${record.level}`)}</td>
            <td>
              {minutes(record.targetRtoMinutes)} / {minutes(record.testedRtoMinutes)}
            </td>
            <td>
              {minutes(record.targetRpoMinutes)} / {minutes(record.testedRpoMinutes)}
            </td>
            <td>{record.lastDrillOn ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

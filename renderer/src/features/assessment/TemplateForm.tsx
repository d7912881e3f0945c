/**
 * Every editable part of an indicator template, each field showing the findings at its path as the author
 * types, with running weight totals beside the declared sum. Read-only disables the whole form at once.
 */
import { useMemo } from 'react';
import { GRADES, type Indicator, type Template } from '../../../../shared/contract/assessment/schemas';
import type { Finding } from '../../../../shared/contract/core';
import { useLocale, useT } from '../../app/settings-store';
import { CheckInput, EditingContext, GroupErrors, NumberInput, TextInput, useEditing } from './editor-fields';
import { localName } from './names';
import { RuleEditor } from './RuleEditor';
import { blankIndicator, countWithin, findingsByField, weightTotal } from './template-draft';
import type { Translate } from '../../../../shared/i18n';

/** Text fields whose "too small" schema issue simply means "left empty". */
const TEXT_FIELDS = /\.(id|nameZh|nameEn|zh|en|labelZh|labelEn)$/;

/** The editor's wording of a finding: schema issues of parseTemplate become "required" / "not a number". */
export function findingMessage(t: Translate, finding: Finding): string {
  if (finding.code === 'assessment.template.invalidField') {
    if (finding.params?.issue === 'invalid_type') return t('assessment.editor.notANumber');
    if (finding.params?.issue === 'too_small' && TEXT_FIELDS.test(finding.field ?? '')) return t('validation.required');
    if (finding.params?.issue === 'too_small') return t('assessment.editor.tooSmall');
  }
  return t.code(finding.code, finding.params);
}

interface TemplateFormProps {
  draft: Template;
  onChange(next: Template): void;
  readOnly: boolean;
  /** Messages of the last refused save, by field path. */
  refusals: Record<string, string>;
}

export function TemplateForm({ draft, onChange, readOnly, refusals }: TemplateFormProps) {
  const t = useT();
  const findings = useMemo(() => findingsByField(draft), [draft]);
  const editing = useMemo(
    () => ({
      findings,
      update(recipe: (draft: Template) => void) {
        const next = structuredClone(draft);
        recipe(next);
        onChange(next);
      },
      errorAt(path: string) {
        const messages = (findings[path] ?? []).map((finding) => findingMessage(t, finding));
        const refusal = refusals[path];
        if (refusal && !messages.includes(refusal)) messages.push(refusal);
        return messages.length > 0 ? messages.join('；') : undefined;
      },
    }),
    [draft, findings, onChange, refusals, t],
  );
  const all = Object.values(findings).flat();

  return (
    <EditingContext.Provider value={editing}>
      <FindingsSummary findings={all} />
      <fieldset className="template-form" disabled={readOnly}>
        <General draft={draft} />
        <ElementWeights draft={draft} />
        {draft.elements.map((element, e) => (
          <ElementIndicators key={element.id} draft={draft} e={e} />
        ))}
        <Thresholds draft={draft} />
      </fieldset>
    </EditingContext.Provider>
  );
}

function FindingsSummary({ findings }: { findings: Finding[] }) {
  const t = useT();
  if (findings.length === 0)
    return (
      <p className="banner banner--ok" data-testid="template-findings">
        {t('assessment.editor.valid')}
      </p>
    );
  return (
    <details className="banner banner--warning" data-testid="template-findings">
      <summary>{t('assessment.editor.findings', { count: findings.length })}</summary>
      <ul>
        {findings.map((finding, index) => (
          <li key={index}>
            <code>{finding.field}</code> {findingMessage(t, finding)}
          </li>
        ))}
      </ul>
    </details>
  );
}

function General({ draft }: { draft: Template }) {
  const t = useT();
  const { update, errorAt } = useEditing();
  return (
    <fieldset className="nested">
      <legend>{t('assessment.editor.general')}</legend>
      <p className="muted">{t('assessment.editor.idVersion', { id: draft.id, version: draft.version })}</p>
      <GroupErrors path="id" />
      {errorAt('version') ? <GroupErrors path="version" /> : null}
      <div className="rule__row">
        <TextInput
          label={t('assessment.editor.nameZh')}
          path="nameZh"
          value={draft.nameZh}
          onChange={(v) => update((d) => void (d.nameZh = v))}
        />
        <TextInput
          label={t('assessment.editor.nameEn')}
          path="nameEn"
          value={draft.nameEn}
          onChange={(v) => update((d) => void (d.nameEn = v))}
        />
      </div>
      <TextInput
        label={t('assessment.editor.notesZh')}
        path="notesZh"
        multiline
        value={draft.notesZh}
        onChange={(v) => update((d) => void (d.notesZh = v))}
      />
      <TextInput
        label={t('assessment.editor.notesEn')}
        path="notesEn"
        multiline
        value={draft.notesEn}
        onChange={(v) => update((d) => void (d.notesEn = v))}
      />
      <NumberInput
        label={t('assessment.editor.weightsSum')}
        help={t('assessment.editor.weightsSumHelp')}
        path="weightsSum"
        value={draft.weightsSum}
        onChange={(v) => update((d) => void (d.weightsSum = v ?? Number.NaN))}
      />
    </fieldset>
  );
}

function RunningTotal({ items, declared, testId }: { items: readonly { weight: number }[]; declared: number; testId: string }) {
  const t = useT();
  const sum = weightTotal(items);
  const matches = Math.abs(sum - declared) <= 1e-6;
  return (
    <p className={matches ? 'weights-total' : 'weights-total weights-total--off'} data-testid={testId}>
      {t('assessment.editor.runningTotal', { sum, declared: Number.isFinite(declared) ? declared : '?' })}
    </p>
  );
}

function ElementWeights({ draft }: { draft: Template }) {
  const t = useT();
  const locale = useLocale();
  const { update } = useEditing();
  return (
    <fieldset className="nested">
      <legend>{t('assessment.editor.elementWeights')}</legend>
      <div className="rule__row">
        {draft.elements.map((element, e) => (
          <NumberInput
            key={element.id}
            label={localName(element, locale)}
            path={`elements[${e}].weight`}
            value={element.weight}
            onChange={(v) => update((d) => void (d.elements[e]!.weight = v ?? Number.NaN))}
          />
        ))}
      </div>
      <RunningTotal items={draft.elements} declared={draft.weightsSum} testId="elements-total" />
      <GroupErrors path="elements" />
    </fieldset>
  );
}

function ElementIndicators({ draft, e }: { draft: Template; e: number }) {
  const t = useT();
  const locale = useLocale();
  const { update } = useEditing();
  const element = draft.elements[e]!;
  const path = `elements[${e}].indicators`;
  return (
    <fieldset className="nested">
      <legend>{t('assessment.editor.indicators', { element: localName(element, locale) })}</legend>
      <RunningTotal items={element.indicators} declared={draft.weightsSum} testId={`indicators-total-${element.id}`} />
      <GroupErrors path={path} />
      {element.indicators.map((indicator, i) => (
        <IndicatorEditor key={i} indicator={indicator} path={`${path}[${i}]`} e={e} i={i} />
      ))}
      <button
        type="button"
        className="button button--small"
        onClick={() => update((d) => void d.elements[e]!.indicators.push(blankIndicator(d, e)))}
      >
        {t('assessment.editor.addIndicator', { element: localName(element, locale) })}
      </button>
    </fieldset>
  );
}

function IndicatorEditor({ indicator, path, e, i }: { indicator: Indicator; path: string; e: number; i: number }) {
  const t = useT();
  const locale = useLocale();
  const { update, findings } = useEditing();
  const problems = countWithin(findings, path);
  const set = (recipe: (indicator: Indicator) => void) => update((d) => recipe(d.elements[e]!.indicators[i]!));
  return (
    <details className="indicator-editor" data-indicator={indicator.id}>
      <summary>
        {t('assessment.editor.indicatorSummary', {
          id: indicator.id,
          name: localName(indicator, locale) || '—',
          weight: Number.isFinite(indicator.weight) ? indicator.weight : '?',
        })}
        {problems > 0 ? <span className="badge badge--error"> {t('assessment.editor.problems', { count: problems })}</span> : null}
      </summary>
      <div className="rule__row">
        <TextInput
          label={t('assessment.editor.indicatorId')}
          path={`${path}.id`}
          value={indicator.id}
          onChange={(v) => set((x) => void (x.id = v))}
        />
        <TextInput
          label={t('assessment.editor.nameZh')}
          path={`${path}.nameZh`}
          value={indicator.nameZh}
          onChange={(v) => set((x) => void (x.nameZh = v))}
        />
        <TextInput
          label={t('assessment.editor.nameEn')}
          path={`${path}.nameEn`}
          value={indicator.nameEn}
          onChange={(v) => set((x) => void (x.nameEn = v))}
        />
        <NumberInput
          label={t('assessment.editor.weight')}
          path={`${path}.weight`}
          value={indicator.weight}
          onChange={(v) => set((x) => void (x.weight = v ?? Number.NaN))}
        />
      </div>
      <TextInput
        label={t('assessment.editor.descriptionZh')}
        path={`${path}.description.zh`}
        multiline
        value={indicator.description.zh}
        onChange={(v) => set((x) => void (x.description.zh = v))}
      />
      <TextInput
        label={t('assessment.editor.descriptionEn')}
        path={`${path}.description.en`}
        multiline
        value={indicator.description.en}
        onChange={(v) => set((x) => void (x.description.en = v))}
      />
      <CheckInput
        label={t('assessment.editor.evidenceRequired')}
        path={`${path}.evidenceRequired`}
        checked={indicator.evidenceRequired}
        onChange={(v) => set((x) => void (x.evidenceRequired = v))}
      />
      <RuleEditor path={path} rule={indicator.rule} locate={(d) => d.elements[e]!.indicators[i]!} />
      <button
        type="button"
        className="button button--small button--danger"
        onClick={() => update((d) => void d.elements[e]!.indicators.splice(i, 1))}
      >
        {t('assessment.editor.removeIndicator', { id: indicator.id })}
      </button>
    </details>
  );
}

function Thresholds({ draft }: { draft: Template }) {
  const t = useT();
  const { update } = useEditing();
  return (
    <fieldset className="nested">
      <legend>{t('assessment.editor.thresholds')}</legend>
      <div className="rule__row">
        {GRADES.map((grade) => (
          <NumberInput
            key={grade}
            label={t(`assessment.grade.${grade}`)}
            path={`gradeThresholds.${grade}`}
            value={draft.gradeThresholds[grade]}
            onChange={(v) => update((d) => void (d.gradeThresholds[grade] = v ?? Number.NaN))}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** The scoring rule of one indicator in the template editor: its kind and the points, anchors, bands or options. */
import type { ChoiceOption, Indicator, Rule, Template } from '../../../../shared/contract/assessment/schemas';
import { useT } from '../../app/settings-store';
import { GroupErrors, NumberInput, TextInput, useEditing } from './editor-fields';
import { Field } from '../../components/Field';
import { blankOption, blankRule, freeId, RULE_KINDS } from './template-draft';

interface RuleEditorProps {
  /** `elements[e].indicators[i]` */
  path: string;
  rule: Rule;
  /** Finds the indicator's rule in a draft, to change it there. */
  locate(draft: Template): Indicator;
}

export function RuleEditor({ path, rule, locate }: RuleEditorProps) {
  const t = useT();
  const { update, errorAt } = useEditing();
  const rulePath = `${path}.rule`;
  const change = (recipe: (rule: Rule) => void) => update((draft) => recipe(locate(draft).rule));

  return (
    <fieldset className="nested rule">
      <legend>{t('assessment.editor.rule')}</legend>
      <Field label={t('assessment.editor.ruleKind')} error={errorAt(rulePath)}>
        {(a11y) => (
          <select
            {...a11y}
            data-path={rulePath}
            value={rule.kind}
            onChange={(e) => update((draft) => void (locate(draft).rule = blankRule(e.target.value as Rule['kind'])))}
          >
            {RULE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`assessment.ruleKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {rule.kind === 'yesno' ? (
        <NumberInput
          label={t('assessment.editor.yesPoints')}
          path={`${rulePath}.yesPoints`}
          value={rule.yesPoints}
          onChange={(value) => change((r) => r.kind === 'yesno' && void (r.yesPoints = value ?? Number.NaN))}
        />
      ) : null}
      {rule.kind === 'scale' ? <ScaleAnchors path={rulePath} rule={rule} change={change} /> : null}
      {rule.kind === 'numeric' ? <NumericBands path={rulePath} rule={rule} change={change} /> : null}
      {rule.kind === 'single' || rule.kind === 'multi' ? <ChoiceOptions path={rulePath} rule={rule} change={change} /> : null}
    </fieldset>
  );
}

type Change = (recipe: (rule: Rule) => void) => void;

function ScaleAnchors({ path, rule, change }: { path: string; rule: Extract<Rule, { kind: 'scale' }>; change: Change }) {
  const t = useT();
  return (
    <div className="rule__anchors">
      {rule.anchors.map((anchor, point) => (
        <div key={point} className="rule__row">
          <TextInput
            label={t('assessment.editor.anchorZh', { point })}
            path={`${path}.anchors[${point}].zh`}
            value={anchor.zh}
            onChange={(value) => change((r) => r.kind === 'scale' && void (r.anchors[point]!.zh = value))}
          />
          <TextInput
            label={t('assessment.editor.anchorEn', { point })}
            path={`${path}.anchors[${point}].en`}
            value={anchor.en}
            onChange={(value) => change((r) => r.kind === 'scale' && void (r.anchors[point]!.en = value))}
          />
        </div>
      ))}
    </div>
  );
}

function NumericBands({ path, rule, change }: { path: string; rule: Extract<Rule, { kind: 'numeric' }>; change: Change }) {
  const t = useT();
  const numeric = (recipe: (r: Extract<Rule, { kind: 'numeric' }>) => void) => change((r) => r.kind === 'numeric' && recipe(r));
  return (
    <>
      <div className="rule__row">
        <NumberInput
          label={t('assessment.editor.minValue')}
          path={`${path}.minValue`}
          value={rule.minValue}
          onChange={(v) => numeric((r) => void (r.minValue = v ?? Number.NaN))}
        />
        <NumberInput
          label={t('assessment.editor.maxValue')}
          path={`${path}.maxValue`}
          value={rule.maxValue}
          optional
          onChange={(v) => numeric((r) => void (v === undefined ? delete r.maxValue : (r.maxValue = v)))}
        />
        <TextInput
          label={t('assessment.editor.unitZh')}
          path={`${path}.unitZh`}
          value={rule.unitZh ?? ''}
          onChange={(v) => numeric((r) => void (r.unitZh = v))}
        />
        <TextInput
          label={t('assessment.editor.unitEn')}
          path={`${path}.unitEn`}
          value={rule.unitEn ?? ''}
          onChange={(v) => numeric((r) => void (r.unitEn = v))}
        />
      </div>
      {rule.bands.map((band, b) => (
        <fieldset key={b} className="nested item">
          <legend>{t('assessment.editor.band', { n: b + 1 })}</legend>
          <GroupErrors path={`${path}.bands[${b}]`} />
          <div className="rule__row">
            <NumberInput
              label={t('assessment.editor.bandMin')}
              path={`${path}.bands[${b}].min`}
              value={band.min}
              onChange={(v) => numeric((r) => void (r.bands[b]!.min = v ?? Number.NaN))}
            />
            <NumberInput
              label={t('assessment.editor.bandMax')}
              path={`${path}.bands[${b}].max`}
              value={band.max}
              optional
              onChange={(v) => numeric((r) => void (v === undefined ? delete r.bands[b]!.max : (r.bands[b]!.max = v)))}
            />
            <NumberInput
              label={t('assessment.editor.points')}
              path={`${path}.bands[${b}].points`}
              value={band.points}
              onChange={(v) => numeric((r) => void (r.bands[b]!.points = v ?? Number.NaN))}
            />
            <button type="button" className="button button--small" onClick={() => numeric((r) => void r.bands.splice(b, 1))}>
              {t('assessment.editor.removeBand', { n: b + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <GroupErrors path={`${path}.bands`} />
      <button
        type="button"
        className="button button--small"
        onClick={() => numeric((r) => void r.bands.push({ min: r.bands.at(-1)?.max ?? r.minValue, points: 0 }))}
      >
        {t('assessment.editor.addBand')}
      </button>
    </>
  );
}

function ChoiceOptions({ path, rule, change }: { path: string; rule: Extract<Rule, { kind: 'single' | 'multi' }>; change: Change }) {
  const t = useT();
  const choice = (recipe: (r: Extract<Rule, { kind: 'single' | 'multi' }>) => void) =>
    change((r) => (r.kind === 'single' || r.kind === 'multi') && recipe(r));
  const option = (o: number, recipe: (option: ChoiceOption) => void) => choice((r) => recipe(r.options[o]!));
  return (
    <>
      {rule.options.map((item, o) => (
        <fieldset key={o} className="nested item">
          <legend>{t('assessment.editor.option', { n: o + 1 })}</legend>
          <div className="rule__row">
            <TextInput
              label={t('assessment.editor.optionId')}
              path={`${path}.options[${o}].id`}
              value={item.id}
              onChange={(v) => option(o, (x) => void (x.id = v))}
            />
            <TextInput
              label={t('assessment.editor.optionLabelZh')}
              path={`${path}.options[${o}].labelZh`}
              value={item.labelZh}
              onChange={(v) => option(o, (x) => void (x.labelZh = v))}
            />
            <TextInput
              label={t('assessment.editor.optionLabelEn')}
              path={`${path}.options[${o}].labelEn`}
              value={item.labelEn}
              onChange={(v) => option(o, (x) => void (x.labelEn = v))}
            />
            <NumberInput
              label={t('assessment.editor.points')}
              path={`${path}.options[${o}].points`}
              value={item.points}
              onChange={(v) => option(o, (x) => void (x.points = v ?? Number.NaN))}
            />
            <button type="button" className="button button--small" onClick={() => choice((r) => void r.options.splice(o, 1))}>
              {t('assessment.editor.removeOption', { n: o + 1 })}
            </button>
          </div>
        </fieldset>
      ))}
      <GroupErrors path={`${path}.options`} />
      <button
        type="button"
        className="button button--small"
        onClick={() =>
          choice(
            (r) =>
              void r.options.push(
                blankOption(
                  freeId(
                    'option',
                    r.options.map((x) => x.id),
                  ),
                  0,
                ),
              ),
          )
        }
      >
        {t('assessment.editor.addOption')}
      </button>
      {rule.kind === 'multi' ? (
        <NumberInput
          label={t('assessment.editor.cap')}
          path={`${path}.cap`}
          value={rule.cap}
          onChange={(v) => change((r) => r.kind === 'multi' && void (r.cap = v ?? Number.NaN))}
        />
      ) : null}
    </>
  );
}

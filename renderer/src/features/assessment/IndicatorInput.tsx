import { useId } from 'react';
import { SCALE_MAX, type AnswerValue, type Indicator } from '../../../../shared/contract/assessment/schemas';
import { useLocale, useT } from '../../app/settings-store';
import { NumberInput } from '../../components/TypedInputs';

interface IndicatorInputProps {
  indicator: Indicator;
  value: AnswerValue | null;
  onChange(value: AnswerValue | null): void;
  disabled: boolean;
  /** Ids for the label and the error/help text, from the surrounding card. */
  a11y: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };
  /** The question's visible label: a group of checkboxes is named by it. */
  labelId: string;
}

/** The control that fits the indicator's rule: yes/no, 0–5 scale with its anchors, number, single or multiple choice. */
export function IndicatorInput({ indicator, value, onChange, disabled, a11y, labelId }: IndicatorInputProps) {
  const t = useT();
  const locale = useLocale();
  const groupId = useId();
  const rule = indicator.rule;
  const text = (pair: { zh: string; en: string }) => (locale === 'zh-CN' ? pair.zh : pair.en);
  const label = (option: { labelZh: string; labelEn: string }) => (locale === 'zh-CN' ? option.labelZh : option.labelEn);

  switch (rule.kind) {
    case 'yesno':
      return (
        <select
          {...a11y}
          disabled={disabled}
          value={value === null ? '' : String(value)}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value === 'true')}
        >
          <option value="">{t('assessment.ui.unanswered')}</option>
          <option value="true">{t('assessment.ui.yes')}</option>
          <option value="false">{t('assessment.ui.no')}</option>
        </select>
      );
    case 'scale':
      return (
        <select
          {...a11y}
          disabled={disabled}
          value={typeof value === 'number' ? String(value) : ''}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('assessment.ui.unanswered')}</option>
          {rule.anchors.map((anchor, point) => (
            <option key={point} value={point}>{`${point} / ${SCALE_MAX} — ${text(anchor)}`}</option>
          ))}
        </select>
      );
    case 'numeric': {
      const unit = (locale === 'zh-CN' ? rule.unitZh : rule.unitEn) ?? '';
      return (
        <span className="indicator__number">
          <NumberInput
            {...a11y}
            disabled={disabled}
            integer={rule.integer ?? false}
            value={typeof value === 'number' || typeof value === 'string' ? value : null}
            // Text that is no number stays the answer as typed: the rule's check says at the question what it expects.
            onValue={onChange}
          />
          <span>{unit}</span>
        </span>
      );
    }
    case 'single':
      return (
        <select
          {...a11y}
          disabled={disabled}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('assessment.ui.unanswered')}</option>
          {rule.options.map((option) => (
            <option key={option.id} value={option.id}>
              {label(option)}
            </option>
          ))}
        </select>
      );
    case 'multi': {
      const chosen = new Set(Array.isArray(value) ? value : []);
      const toggle = (optionId: string, on: boolean) => {
        const next = rule.options.map((option) => option.id).filter((id) => (id === optionId ? on : chosen.has(id)));
        onChange(next.length > 0 || value !== null ? next : null);
      };
      return (
        <div id={a11y.id} role="group" aria-labelledby={labelId} aria-describedby={a11y['aria-describedby']} className="indicator__choices">
          {rule.options.map((option) => (
            <label key={option.id} htmlFor={`${groupId}-${option.id}`}>
              <input
                id={`${groupId}-${option.id}`}
                type="checkbox"
                disabled={disabled}
                checked={chosen.has(option.id)}
                onChange={(e) => toggle(option.id, e.target.checked)}
              />
              {label(option)}
            </label>
          ))}
        </div>
      );
    }
  }
}

/**
 * A period picker as the receiver's pages show one: the label, then the periods the receiver holds, newest
 * first. Given `anyLabel`, a first choice (value '') stands for no one period ("newest of each", "all").
 */
interface PeriodSelectProps {
  label: string;
  periods: readonly string[];
  value: string;
  onChange(period: string): void;
  anyLabel?: string;
  /** `inline-field` in a toolbar, `field` in a form's grid. */
  layout?: 'inline-field' | 'field';
}

export function PeriodSelect({ label, periods, value, onChange, anyLabel, layout = 'inline-field' }: PeriodSelectProps) {
  return (
    <label className={layout}>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
        {periods.map((period) => (
          <option key={period} value={period}>
            {period}
          </option>
        ))}
      </select>
    </label>
  );
}

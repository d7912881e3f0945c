import type { MetricChange } from '../../../../shared/contract/filing/receiver';
import { signedChange } from '../../../../shared/domain/filing/signed-change';
import { useT } from '../../app/settings-store';

/** A figure's value; '—' where a side has none. */
const shown = (value: number | string | null) => (value === null ? '—' : String(value));

/** A change with its sign, as compared figures read: +3, -1.5, 0; '—' where there is no change to give. */
const signed = (delta: number | null) => (delta === null ? '—' : signedChange(delta));

/**
 * Figures of two periods side by side with the change of each: one enterprise's two filings (the consolidated
 * tab) or the consolidation's two periods (the analysis tab). The metric keys come from the backend.
 */
export function ChangesTable(props: {
  changes: readonly MetricChange[];
  before: string;
  after: string;
  metricHeader: string;
  deltaHeader: string;
  label?: string;
  testId?: string;
}) {
  const t = useT();
  return (
    <table className="data" aria-label={props.label} data-testid={props.testId}>
      <thead>
        <tr>
          <th>{props.metricHeader}</th>
          <th>{props.before}</th>
          <th>{props.after}</th>
          <th>{props.deltaHeader}</th>
        </tr>
      </thead>
      <tbody>
        {props.changes.map((change) => (
          <tr key={change.metric}>
            <td>{t.code(change.metric)}</td>
            <td>{shown(change.before)}</td>
            <td>{shown(change.after)}</td>
            <td>{signed(change.delta)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

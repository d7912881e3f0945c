import type { JobState } from '../api/jobs';
import { useT } from '../app/settings-store';

/** A progress bar with a cancel button for long work (imports, reports, packages). */
export function JobProgress({ job, onCancel, label }: { job: JobState; onCancel(): void; label: string }) {
  const t = useT();
  if (!job.running) return null;
  const { done = 0, total = null } = job.progress ?? {};
  const percent = total ? Math.round((done / total) * 100) : null;
  return (
    <div className="job" role="status" aria-live="polite">
      <span>{label}</span>
      <progress max={100} value={percent ?? undefined} aria-label={label} />
      <span>{percent !== null ? `${percent}%` : job.progress ? `${done}` : ''}</span>
      <button type="button" className="button" onClick={onCancel}>
        {t('app.cancel')}
      </button>
    </div>
  );
}

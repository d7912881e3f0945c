import { useLeaveGuard } from '../app/leave-guard';
import { useT } from '../app/settings-store';
import { ConfirmDialog } from './ConfirmDialog';

/** Put on a page whose edits live only in the page: any navigation away while `dirty` asks first. */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const t = useT();
  const guard = useLeaveGuard(dirty);
  return (
    <ConfirmDialog
      open={guard.pending !== null}
      title={t('app.leave.title')}
      message={t('app.leave.message')}
      confirmLabel={t('app.leave.confirm')}
      onCancel={guard.stay}
      onConfirm={guard.leave}
    />
  );
}

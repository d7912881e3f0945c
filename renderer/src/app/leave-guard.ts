import { useCallback } from 'react';
import { useBlocker } from 'react-router';

export interface LeaveGuard {
  /** Where the user asked to go while there were unsaved changes; null when nothing is pending. */
  pending: string | null;
  stay(): void;
  leave(): void;
}

/**
 * Holds back any navigation to another page — a link, the side menu, the back and forward buttons — while
 * `dirty`, until the user confirms or stays. The page shows the question (a ConfirmDialog) while `pending`.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  const pending = blocker.state === 'blocked' ? blocker.location.pathname : null;
  const stay = useCallback(() => blocker.reset?.(), [blocker]);
  const leave = useCallback(() => blocker.proceed?.(), [blocker]);
  return { pending, stay, leave };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';

export interface LeaveGuard {
  /** Where the user asked to go while there were unsaved changes; null when nothing is pending. */
  pending: string | null;
  stay(): void;
  leave(): void;
}

/**
 * Asks before a link takes the user away from unsaved changes. The app runs on a HashRouter (no blocker
 * API), so link clicks are caught before React Router sees them, and followed only once confirmed.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href^="#/"]') : null;
      const href = link?.getAttribute('href');
      if (!href || href === window.location.hash) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(href.slice(1));
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  const stay = useCallback(() => setPending(null), []);
  const leave = useCallback(() => {
    const to = pending;
    setPending(null);
    dirtyRef.current = false;
    if (to !== null) void navigate(to);
  }, [navigate, pending]);
  return { pending, stay, leave };
}

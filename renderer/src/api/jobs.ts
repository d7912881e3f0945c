import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgressEvent } from '../../../shared/contract/core';
import { api } from './client';

export interface JobState {
  running: boolean;
  progress: ProgressEvent | null;
}

/**
 * Long work with progress and cancel: `run(jobId => api.call(method, input, { jobId }))` follows the
 * backend's progress events for that job; `cancel()` asks the backend to stop it (nothing is committed).
 */
export function useJob() {
  const [state, setState] = useState<JobState>({ running: false, progress: null });
  const jobId = useRef<string | null>(null);
  useEffect(
    () =>
      api.on('progress', (event) => {
        if (event.jobId === jobId.current) setState({ running: true, progress: event });
      }),
    [],
  );
  const run = useCallback(async <T>(work: (jobId: string) => Promise<T>): Promise<T> => {
    const id = `job-${crypto.randomUUID()}`;
    jobId.current = id;
    setState({ running: true, progress: null });
    try {
      return await work(id);
    } finally {
      jobId.current = null;
      setState({ running: false, progress: null });
    }
  }, []);
  const cancel = useCallback(async () => {
    if (jobId.current) await api.call('jobs.cancel', { jobId: jobId.current });
  }, []);
  return { ...state, run, cancel };
}

/**
 * Where a form's save stands, and what a failed save says: one rule for every page.
 *
 * A refusal is `invalid` when the backend names what to fix at a field — the contract's checks (`issues`) or a
 * rule that points at one field (`details.field`, e.g. "this year already has an assessment"): the form shows
 * it there. Any other failure (a refusal of the whole, a broken door) is `failed`, and its message stands on top.
 */
import { useCallback, useState } from 'react';
import { ApiError, errorMessage } from './client';

export type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';

export interface SaveRefusal {
  state: 'invalid' | 'failed';
  /** Messages per field path. */
  fieldErrors: Record<string, string>;
  message: string;
}

export function saveRefusal(caught: unknown): SaveRefusal {
  if (!(caught instanceof ApiError)) return { state: 'failed', fieldErrors: {}, message: errorMessage(caught) };
  const { issues, field } = caught.error.details ?? {};
  return { state: issues || field ? 'invalid' : 'failed', fieldErrors: caught.messagesByField(), message: caught.message };
}

/**
 * A form's own save: its state, the last refusal, `run` to save and `touch` when the user edits again (the
 * refusal stays in view while they correct it). `refuse` shows a refusal the form found itself, before any
 * call; `reset` forgets the refusal and the state, for a form closed or opened on another record (a save under
 * way stays under way, as with `touch`).
 *
 * `refusalOf` is for a form that shows a failure at a place of its own (a passphrase refused by the key
 * store at the passphrase field); by default a failure goes where saveRefusal puts it.
 */
export function useSaveState(refusalOf: (caught: unknown) => SaveRefusal = saveRefusal) {
  const [state, setState] = useState<SaveState>('idle');
  const [refusal, setRefusal] = useState<SaveRefusal | null>(null);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      setState('saving');
      try {
        const result = await work();
        setRefusal(null);
        setState('saved');
        return result;
      } catch (caught) {
        const refused = refusalOf(caught);
        setRefusal(refused);
        setState(refused.state);
        return undefined;
      }
    },
    [refusalOf],
  );
  const touch = useCallback(() => setState((current) => (current === 'saving' ? current : 'idle')), []);
  const refuse = useCallback((refused: SaveRefusal) => {
    setRefusal(refused);
    setState(refused.state);
  }, []);
  const reset = useCallback(() => {
    setRefusal(null);
    setState((current) => (current === 'saving' ? current : 'idle'));
  }, []);
  return { state, refusal, run, touch, refuse, reset };
}

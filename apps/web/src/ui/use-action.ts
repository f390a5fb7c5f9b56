import { useState } from 'preact/hooks';
import type { Problem } from '../api/types';
import { toProblem } from './use-resource';

/**
 * A form's write: busy while it runs, so its buttons can be disabled, and the problem the API
 * answered if it was refused. `run` resolves to that problem, or undefined if the write went
 * through.
 */
export function useAction() {
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>): Promise<Problem | undefined> => {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      return undefined;
    } catch (error) {
      const refused = toProblem(error);
      setProblem(refused);
      return refused;
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, setProblem, run };
}

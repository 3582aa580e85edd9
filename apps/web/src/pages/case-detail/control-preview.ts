import { useEffect, useState } from 'react';
import { controlApi, type ControlPreview, type ControlPreviewBody } from './control-api.js';

export interface PreviewState {
  /** The verdict for the order as it now stands, or null before the first one (or with nothing to ask). */
  readonly result: ControlPreview | null;
  /** A check is waiting for the user to stop typing, or on its way. */
  readonly checking: boolean;
  readonly error: unknown;
}

const DEBOUNCE_MS = 350;

/**
 * Ask the server what an order would hold, the over-seizure guard's verdict and the term, as the
 * dialog opens and whenever its fields change: a check waits until the user pauses, an older answer
 * never replaces a newer one, and nothing is asked while a field is invalid (`body` null). The last
 * verdict stays on screen while the next is on its way.
 */
export function useControlPreview(caseId: string, body: ControlPreviewBody | null): PreviewState {
  const key = body ? JSON.stringify(body) : null;
  const [state, setState] = useState<PreviewState>({ result: null, checking: body !== null, error: null });

  useEffect(() => {
    if (key === null) {
      setState((s) => ({ ...s, checking: false }));
      return;
    }
    const sent = JSON.parse(key) as ControlPreviewBody;
    const controller = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    const timer = window.setTimeout(() => {
      controlApi.preview(caseId, sent, controller.signal).then(
        (result) => {
          if (!controller.signal.aborted) setState({ result, checking: false, error: null });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ result: null, checking: false, error });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [caseId, key]);

  return state;
}

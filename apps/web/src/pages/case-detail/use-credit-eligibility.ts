import { useEffect, useState } from 'react';
import { api, type CreditEligibilityReply, type CreditProposalBody } from '../../api/endpoints.js';

export interface EligibilityState {
  /** The answer for the proposal as it now stands, or null before the first one (or with nothing to ask). */
  readonly result: CreditEligibilityReply | null;
  /** A check is waiting for the user to stop typing, or on its way. */
  readonly checking: boolean;
  readonly error: unknown;
}

const DEBOUNCE_MS = 400;

/**
 * Ask the server, as the form is filled in, every legal reason the proposal would be refused
 * (and its terms when it would not). A check waits until the user pauses, an older answer never
 * replaces a newer one, and nothing is asked while the proposal is incomplete (`proposal` null).
 */
export function useCreditEligibility(caseId: string, proposal: CreditProposalBody | null): EligibilityState {
  const key = proposal ? JSON.stringify(proposal) : null;
  const [state, setState] = useState<EligibilityState>({ result: null, checking: proposal !== null, error: null });

  useEffect(() => {
    if (key === null) {
      setState({ result: null, checking: false, error: null });
      return;
    }
    const body = JSON.parse(key) as CreditProposalBody;
    const controller = new AbortController();
    setState((s) => ({ ...s, checking: true }));
    const timer = window.setTimeout(() => {
      api.checkCreditEligibility(caseId, body, controller.signal).then(
        (result) => {
          if (!controller.signal.aborted) setState({ result, checking: false, error: null });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ result: null, checking: false, error });
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

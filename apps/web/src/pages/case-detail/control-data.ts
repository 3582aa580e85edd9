import { useEffect } from 'react';
import { useLoad, type Loaded } from '../../hooks/use-load.js';
import { controlApi, type CaseControlsReply } from './control-api.js';
import { awaitingInstitution } from './control-values.js';

/** How often the card asks again while an institution has an order or act to answer. */
const POLL_MS = 4000;

/**
 * The case's controls, read once and again on reload; while an institution still has something to
 * answer the list is read every few seconds, so 待协助单位办理 turns into 已冻结 without a click
 * (reading controls is not audited, unlike reading the inquiry's results).
 */
export function useCaseControls(caseId: string): Loaded<CaseControlsReply> {
  const controls = useLoad(() => controlApi.list(caseId), [caseId]);
  const waiting = (controls.data?.controls ?? []).some(awaitingInstitution);
  const { reload, loading, data } = controls;
  useEffect(() => {
    if (!waiting || loading) return;
    const timer = window.setTimeout(reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, loading, data, reload]);
  return controls;
}

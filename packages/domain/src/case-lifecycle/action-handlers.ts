/**
 * Which rules decide which act.
 */
import type { CaseActionType } from './case-action.js';
import type { ActionHandler } from './action-handler.js';
import { assignHandler } from './assign-handler.js';
import { serveNotice } from './serve-notice.js';
import { startDisbursement, startDisposal, startInvestigation } from './advance-stage.js';
import { closeCase } from './close-case.js';
import { defer, stay } from './suspend-case.js';
import { resume } from './resume-case.js';
import { approveExtension, rejectExtension, requestExtension } from './extension-actions.js';

export const ACTION_HANDLERS: { readonly [T in CaseActionType]: ActionHandler<T> } = {
  assignHandler,
  serveNotice,
  startInvestigation,
  startDisposal,
  startDisbursement,
  close: closeCase,
  stay,
  defer,
  resume,
  requestExtension,
  approveExtension,
  rejectExtension,
};

import type { Translate } from '../../i18n/i18n-context.js';
import type { ControlOutcome, DeskDocument, RejectionCode } from './desk-api.js';
import { isInstitutionAct } from './desk-values.js';

/** The words of the desk for the protocol's codes, in the chosen language. */

/** 查询 / 冻结 / 查封 / 扣押 / 扣划 / 解除 / 续行 (the registry's words); an act unknown here as sent. */
export const actLabel = (act: string, t: Translate): string => (isInstitutionAct(act) ? t(`institution.act.${act}`) : act);

export const docKindLabel = (kind: DeskDocument['kind'], t: Translate): string => t(`desk.doc.${kind}`);

export const outcomeLabel = (outcome: ControlOutcome, t: Translate): string => t(`desk.outcome.${outcome}`);

export const rejectionLabel = (code: RejectionCode, t: Translate): string => {
  switch (code) {
    case 'DOCUMENT_INVALID':
    case 'NOT_SUPPORTED':
    case 'AMOUNT_MISMATCH':
    case 'MALFORMED':
      return t(`desk.rejection.code.${code}`);
    case 'SIGNATURE_INVALID':
    case 'KEY_UNKNOWN':
    case 'UNKNOWN_REQUEST':
      return code;
  }
};

/** The tag colour of each act: inquiries blue, holding acts warm, releasing green. */
export const ACT_COLORS: Readonly<Record<string, string>> = {
  inquire: 'blue',
  freeze: 'geekblue',
  seal: 'volcano',
  impound: 'orange',
  deduct: 'purple',
  release: 'green',
  renew: 'gold',
};

import type { SubmissionReceipt } from '@zhixing/contracts';
import { usePortalI18n } from '../portal-i18n.js';
import { KIND_WORDS } from './affairs-kinds.js';
import { formatSlot } from './format-time.js';

/** What the court must do and by when (法院应于 X 前受理 / 答复), or when the meeting is. */
export function DeadlineLines({ receipt: r }: { receipt: SubmissionReceipt }) {
  const { t, lang } = usePortalI18n();
  const words = KIND_WORDS[r.kind];
  const lines: string[] = [];
  if (r.registerBy && words.registerAct) lines.push(t('courtActBy', { date: r.registerBy, act: t(words.registerAct) }));
  if (r.answerBy && words.answerAct) lines.push(t('courtActBy', { date: r.answerBy, act: t(words.answerAct) }));
  if (r.slot && r.status !== 'notAccepted' && r.status !== 'answered') lines.push(t('receiptMeetingOn', { slot: formatSlot(r.slot, lang) }));
  if (lines.length === 0) return null;
  return (
    <ul className="zx-portal-deadlines">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

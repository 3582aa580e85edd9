import { Button, Space, Tag, Typography } from 'antd';
import type { Correction } from '../../api/endpoints.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CORRECTION_STATUS_COLOURS, correctionGroundText, correctionKindText, correctionStatusText } from '../../i18n/correction-texts.js';
import { DaysLeft } from '../../components/days-left.js';
import { useUser } from '../../auth/session-context.js';
import { hearsCorrection } from '../credit/hears-correction.js';

/**
 * The correction requests and reconsiderations about one decision: who applied, on what ground,
 * where it stands, and what follows from the outcome (a fix-by or apply-by date). A reconsideration
 * heard by the higher court is shown with that court's name and no decide button: it is its to decide.
 */
export function CreditCorrectionsList({ corrections, onDecide }: { corrections: readonly Correction[]; onDecide?: ((c: Correction) => void) | undefined }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const user = useUser();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="credit-corrections">
      {corrections.map((c) => (
        <div key={c.id} data-testid="credit-correction">
          <Space size={6} wrap style={{ rowGap: 2 }}>
            <Tag color={c.kind === 'correction' ? 'geekblue' : 'purple'} style={{ marginInlineEnd: 0 }}>
              {correctionKindText(c, i18n)}
            </Tag>
            <span>{t('correction.applicantReceived', { applicant: c.applicantName, date: formatDate(c.receivedOn) })}</span>
            <Tag color={CORRECTION_STATUS_COLOURS[c.status]} style={{ marginInlineEnd: 0 }} data-testid="correction-status">
              {correctionStatusText(c, i18n)}
            </Tag>
            {c.status === 'pending' ? <DaysLeft daysLeft={c.daysLeft} /> : null}
            {c.status === 'pending' && onDecide && hearsCorrection(user, c) ? (
              <Button size="small" type="link" onClick={() => onDecide(c)} aria-label={t('correction.decideFor', { applicant: c.applicantName, kind: correctionKindText(c, i18n) })}>
                {t('correction.decide')}
              </Button>
            ) : null}
          </Space>
          <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.65)', marginTop: 2 }}>
            {correctionGroundText(c.ground, i18n)}
            {c.courtId !== c.decisionCourtId ? <span data-testid="correction-hearing-court">{` · ${t('correction.heardBy', { court: lang === 'zh' ? c.courtName : c.courtNameEn })}`}</span> : null}
            {c.status === 'pending' ? ` · ${t('correction.col.dueOn')} ${formatDate(c.reviewDueOn)}` : null}
          </div>
          {c.decidedOn ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[
                t('correction.decidedOn', { date: formatDate(c.decidedOn) }),
                c.fixDueOn ? t('correction.fixDueOn', { date: formatDate(c.fixDueOn) }) : null,
                c.reconsiderationApplyBy ? t('correction.applyBy', { date: formatDate(c.reconsiderationApplyBy) }) : null,
                c.decisionNote,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          ) : null}
        </div>
      ))}
    </Space>
  );
}

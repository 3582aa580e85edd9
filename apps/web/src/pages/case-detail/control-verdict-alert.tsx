import { Alert, Button, Spin } from 'antd';
import { errorText } from '../../api/error-text.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ProblemList } from '../../components/problems-alert.js';
import type { ControlPreview } from './control-api.js';
import type { PreviewState } from './control-preview.js';
import { formatFen } from './network-inquiry-values.js';

/** What is owed, held and still needed, and the term the order would have: the facts behind every verdict. */
function Facts({ result }: { result: ControlPreview }) {
  const { t } = useI18n();
  const g = result.guard;
  const term = result.term;
  return (
    <div style={{ fontSize: 13 }}>
      <div>{t('control.verdict.facts', { outstanding: formatFen(g.outstandingFen), covered: formatFen(g.coveredFen), needed: formatFen(g.neededFen) })}</div>
      {term.months > 0 ? <div>{t('control.verdict.term', { months: term.months, startsOn: formatDate(term.startsOn), expiresOn: formatDate(term.expiresOn) })}</div> : null}
      {term.months > 0 && term.remindOn.length > 0 ? <div>{t('control.verdict.remind', { dates: term.remindOn.map(formatDate).join(t('agency.separator')) })}</div> : null}
    </div>
  );
}

/**
 * The over-seizure guard's verdict on the order as it stands (民事诉讼法 art. 253; 查封规定 art. 19):
 * green with what would be held and until when; amber with the most a divisible item may be held
 * for and a button to take it; red with why it clearly exceeds the claim. Problems that stop the
 * order whatever the guard says are listed under it. Announced politely as it changes.
 */
export function ControlVerdictAlert({ state, invalidInput, onUseAllowed }: { state: PreviewState; invalidInput: boolean; onUseAllowed: (fen: number) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { result, checking, error } = state;
  const rechecking = checking ? (
    <span style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
      <Spin size="small" /> {t('control.verdict.rechecking')}
    </span>
  ) : null;

  let body;
  if (invalidInput) {
    body = <Alert type="info" showIcon title={t('control.verdict.waitAmount')} />;
  } else if (error) {
    body = <Alert type="warning" showIcon title={t('control.verdict.unavailable')} description={errorText(error, i18n)} />;
  } else if (!result) {
    body = <Alert type="info" showIcon icon={<Spin size="small" />} title={t('control.verdict.checking')} />;
  } else {
    const g = result.guard;
    const title = (text: string) => (
      <span>
        {text}
        {rechecking}
      </span>
    );
    if (g.verdict === 'within') {
      const text =
        result.act === 'freeze'
          ? t('control.verdict.within.freeze', { amount: formatFen(g.proposedFen), expiresOn: formatDate(result.term.expiresOn), renewBy: formatDate(result.term.renewBy) })
          : t(`control.verdict.within.${result.act}`, { expiresOn: formatDate(result.term.expiresOn), renewBy: formatDate(result.term.renewBy) });
      body = <Alert type="success" showIcon title={title(text)} description={<Facts result={result} />} />;
    } else if (g.verdict === 'reduce') {
      const allowed = g.allowedFen ?? g.neededFen;
      body = (
        <Alert
          type="warning"
          showIcon
          title={title(t('control.verdict.reduce', { needed: formatFen(g.neededFen), allowed: formatFen(allowed) }))}
          description={<Facts result={result} />}
          action={
            <Button size="small" onClick={() => onUseAllowed(allowed)} data-testid="use-allowed">
              {t('control.verdict.useAllowed', { amount: formatFen(allowed) })}
            </Button>
          }
        />
      );
    } else {
      const reason =
        g.reason === 'alreadyCovered'
          ? t('control.verdict.alreadyCovered', { covered: formatFen(g.coveredFen), outstanding: formatFen(g.outstandingFen) })
          : t('control.verdict.clearlyExceeds', { proposed: formatFen(g.proposedFen), needed: formatFen(g.neededFen), excess: formatFen(g.excessFen) });
      body = (
        <Alert
          type="error"
          showIcon
          title={title(t('control.verdict.exceeds'))}
          description={
            <>
              <div style={{ marginBottom: 4 }}>{reason}</div>
              <Facts result={result} />
            </>
          }
        />
      );
    }
  }
  const problems = !invalidInput && result && result.problems.length > 0 ? result.problems : [];
  return (
    <div aria-live="polite" data-testid="control-verdict" style={{ marginBottom: 16 }}>
      {body}
      {problems.length > 0 ? (
        <Alert type="error" showIcon title={t('control.verdict.problems')} description={<ProblemList problems={problems} />} style={{ marginTop: 8 }} data-testid="control-problems" />
      ) : null}
    </div>
  );
}

import { Alert, Button } from 'antd';
import { ApiError, type RuleProblem } from '../api/client.js';
import { isVersionConflict } from '../api/error-text.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ErrorAlert } from './error-alert.js';

/** Every legal reason against an act, one per line, in the user's language. */
export function ProblemList({ problems }: { problems: readonly RuleProblem[] }) {
  const { pick } = useI18n();
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`} style={{ marginBottom: 2 }}>
          {pick(p.messageZh, p.messageEn)}
        </li>
      ))}
    </ul>
  );
}

/**
 * A failed act in a dialog: a rule's refusal lists all its reasons (`details.problems`); someone
 * else's change asks for a refresh; anything else is the usual error alert.
 */
export function ActErrorAlert({ error, refusedTitle, onRefresh }: { error: unknown; refusedTitle: string; onRefresh: () => void }) {
  const { t } = useI18n();
  if (isVersionConflict(error)) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('credit.conflict')}
        action={
          <Button size="small" onClick={onRefresh}>
            {t('common.refresh')}
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
    );
  }
  const problems = error instanceof ApiError ? error.problems : [];
  if (problems.length > 0) {
    return <Alert type="error" showIcon role="alert" title={refusedTitle} description={<ProblemList problems={problems} />} style={{ marginBottom: 16 }} />;
  }
  return <ErrorAlert error={error} />;
}

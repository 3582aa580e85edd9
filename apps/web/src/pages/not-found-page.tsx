import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useUser } from '../auth/session-context.js';
import { canSeeCases, homePath } from '../auth/permissions.js';
import { useI18n } from '../i18n/i18n-context.js';

export function NotFoundPage() {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.description')}
      extra={
        <Button type="primary" onClick={() => void navigate(homePath(user))}>
          {canSeeCases(user) ? t('notFound.back') : t('notFound.backAdmin')}
        </Button>
      }
    />
  );
}

import { Card, Typography } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { CASE_AFFAIRS_KINDS } from './affairs-kinds.js';
import { KindLink } from './kind-link.js';

/** 我要办事 on the party's own case: a property clue, an objection or a meeting, on this case. */
export function CaseAffairsCard() {
  const { t } = usePortalI18n();
  return (
    <Card>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 18 }} id="case-affairs-title">
        {t('caseAffairsTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('caseAffairsIntro')}</Typography.Paragraph>
      <nav aria-labelledby="case-affairs-title" className="zx-portal-affairs">
        {CASE_AFFAIRS_KINDS.map((kind) => (
          <KindLink key={kind} kind={kind} to={`/case/affairs/${kind}`} headingLevel={3} />
        ))}
      </nav>
    </Card>
  );
}

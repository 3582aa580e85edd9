import { Col, Row, Typography } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { PartyLoginCard } from '../party-login-card.js';
import { PublicListSearchCard } from '../public-list-search-card.js';
import { AffairsHomeCard } from '../affairs/affairs-home-card.js';
import { PublicationHomeCard } from '../publication/publication-home-card.js';

/** The portal's front page: anyone hands something in at the affairs hall, searches the public lists or reads what the court publishes; a party follows their case. */
export function PortalHome() {
  const { t } = usePortalI18n();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('siteName')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <AffairsHomeCard />
        </Col>
        <Col xs={24} md={12}>
          <PartyLoginCard />
        </Col>
        <Col xs={24} md={12}>
          <PublicListSearchCard />
        </Col>
        <Col xs={24}>
          <PublicationHomeCard />
        </Col>
      </Row>
    </>
  );
}

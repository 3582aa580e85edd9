import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Spin, Statistic, Tag, Timeline, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { PartyCase } from '@zhixing/contracts';
import { CLOSING_METHOD_LABELS, PARTY_ROLE_LABELS, STAGE_LABELS } from '../../i18n/labels.js';
import { formatYuan } from '../../format/money.js';
import { usePortalI18n } from '../portal-i18n.js';
import { PortalError, partyToken, portalApi } from '../portal-api.js';
import { PerformanceCard } from '../performance-card.js';
import { DocumentsCard } from '../documents-card.js';
import { CaseAffairsCard } from '../affairs/case-affairs-card.js';
import { SubscriptionsCard } from '../subscriptions-card.js';

/** The verified party's own case: where it stands, the money, and every public node as a timeline. */
export function PartyCasePage() {
  const { t, lang, pick, punct } = usePortalI18n();
  const navigate = useNavigate();
  const [data, setData] = useState<PartyCase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    if (!partyToken.get()) {
      void navigate('/', { replace: true });
      return;
    }
    try {
      setData(await portalApi.partyCase(lang));
      setError(null);
    } catch (e) {
      if (e instanceof PortalError && e.status === 401) {
        partyToken.set(null);
        setError(t('sessionEnded'));
      } else setError(t('errorGeneric'));
    }
  }, [lang, navigate, t]);
  useEffect(() => {
    void load();
  }, [load]);
  const logout = async () => {
    try {
      await portalApi.closePartySession(lang);
    } catch {
      // already ended: nothing to undo
    }
    partyToken.set(null);
    void navigate('/');
  };
  if (error)
    {return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('yourCase')}
        </Typography.Title>
        <Alert type="warning" showIcon title={error} role="alert" />
        <Button onClick={() => void navigate('/')}>{t('partyTitle')}</Button>
      </Space>
    );}
  if (!data) return <Spin description={t('loading')} />;
  const label = <T extends { zh: string; en: string }>(l: T) => pick(l.zh, l.en);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Row justify="space-between" align="middle" gutter={[8, 8]}>
        <Col>
          <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
            {data.caseNumber}
          </Typography.Title>
          <Typography.Text type="secondary">
            {pick(data.court.name, data.court.nameEn)} · {t('you')}{punct.colon}{data.you.name}{punct.paren(label(PARTY_ROLE_LABELS[data.you.role]))}
          </Typography.Text>
        </Col>
        <Col>
          <Button onClick={() => void logout()}>{t('logout')}</Button>
        </Col>
      </Row>
      {data.closing && <Alert type="success" showIcon title={t('closedAs', { method: label(CLOSING_METHOD_LABELS[data.closing.method]), date: data.closing.on })} />}
      <Card>
        <Descriptions
          column={{ xs: 1, sm: 2 }}
          size="small"
          items={[
            { key: 'cause', label: t('cause'), children: data.cause },
            { key: 'stage', label: t('stage'), children: <Tag color="blue">{label(STAGE_LABELS[data.stage])}</Tag> },
            { key: 'filedOn', label: t('filedOn'), children: data.filedOn },
            { key: 'handler', label: t('handler'), children: data.handler ?? t('notAssigned') },
            {
              key: 'parties',
              label: t('parties'),
              span: 'filled',
              children: data.parties.map((p) => `${p.name}${punct.paren(`${label(PARTY_ROLE_LABELS[p.role])}${p.you ? `${punct.comma}${t('you')}` : ''}`)}`).join(punct.list),
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('claimTotal')} value={formatYuan(data.claimTotal)} className="zx-portal-amount" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('received')} value={formatYuan(data.money.received)} className="zx-portal-amount" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('paidOut')} value={formatYuan(data.money.paidOut)} className="zx-portal-amount" />
          </Card>
        </Col>
        {data.you.role === 'applicant' && (
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('paidToYou')} value={formatYuan(data.money.paidToYou)} className="zx-portal-amount" />
            </Card>
          </Col>
        )}
      </Row>
      {data.performance && <PerformanceCard performance={data.performance} debtor={data.you.role === 'debtor'} />}
      <DocumentsCard documents={data.documents} />
      <CaseAffairsCard />
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0, fontSize: 18 }}>
          {t('timeline')}
        </Typography.Title>
        {data.timeline.length === 0 ? (
          <Typography.Text type="secondary">{t('noTimeline')}</Typography.Text>
        ) : (
          <Timeline
            items={data.timeline.map((n, i) => ({
              key: `${n.on}-${i}`,
              color: n.kind === 'closed' ? 'green' : n.kind === 'creditMeasure' || n.kind === 'propertyControlled' ? 'red' : 'blue',
              content: (
                <>
                  <Typography.Text strong>{n.on}</Typography.Text> <Typography.Text>{pick(n.zh, n.en)}</Typography.Text>
                </>
              ),
            }))}
          />
        )}
      </Card>
      <SubscriptionsCard />
    </Space>
  );
}

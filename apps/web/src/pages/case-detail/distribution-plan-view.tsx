import { Alert, Button, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FileWordOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { formatDate, formatInstant } from '../../format/date.js';
import { useI18n, type Translate } from '../../i18n/i18n-context.js';
import { distributionApi, type DistributionPlan, type PlanLine, type PlanParty } from './distribution-api.js';
import { lineTotals, PERIOD_COLORS, periodState, PLAN_STATUS_COLORS, planStatus, TIER_COLORS, unservedParties } from './distribution-values.js';
import { formatFen } from './network-inquiry-values.js';

const amount = (fen: number) => <span className="zx-amount">{formatFen(fen)}</span>;

/** 剩 N 天 / 今日届满 / 已届满: the words say what the colour says. */
function periodText(daysLeft: number, t: Translate): string {
  if (daysLeft < 0) return t('distribution.period.over');
  if (daysLeft === 0) return t('distribution.period.lastDay');
  return daysLeft === 1 ? t('distribution.period.oneDayLeft') : t('distribution.period.daysLeft', { n: daysLeft });
}

/** A period's last day with how far it is: blue while it runs, orange within 3 days, grey once over. */
function Period({ dueOn, today, from }: { dueOn: string | null; today: string; from?: string | null }) {
  const { t } = useI18n();
  if (!dueOn) return <Typography.Text type="secondary">—</Typography.Text>;
  const { daysLeft, tone } = periodState(dueOn, today);
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      <Space size={6}>
        <span>{formatDate(dueOn)}</span>
        <Tag color={PERIOD_COLORS[tone]} style={{ marginInlineEnd: 0 }} data-testid="period" data-tone={tone}>
          {periodText(daysLeft, t)}
        </Tag>
      </Space>
      {from ? (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('distribution.noticeOn', { date: formatDate(from) })}
          </Typography.Text>
        </div>
      ) : null}
    </div>
  );
}

function hinted(title: string, hint: string): ReactNode {
  return (
    <Tooltip title={hint}>
      <span style={{ whiteSpace: 'nowrap' }}>
        {title} <QuestionCircleOutlined style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }} />
      </span>
    </Tooltip>
  );
}

/** One figure of the plan: its name, then the value. */
function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type="secondary">{label} </Typography.Text>
      {children}
    </span>
  );
}

interface Props {
  caseId: string;
  plan: DistributionPlan;
  debtorNames: readonly string[];
  today: string;
  /** Present for those who may record service. */
  onServe?: () => void;
}

/**
 * A distribution plan as made: its lines in payment order with what each creditor is owed, is paid
 * and still lacks, the surplus for the debtor, the document to download, and per party the service
 * dates with the objection, opposition and lawsuit periods (民诉法解释 arts. 508–510).
 */
export function DistributionPlanView({ caseId, plan, debtorNames, today, onServe }: Props) {
  const { t, lang } = useI18n();
  const status = planStatus(plan);
  const totals = lineTotals(plan.lines);
  const missing = unservedParties(plan, debtorNames);

  const lineColumns: TableColumnsType<PlanLine> = [
    { title: t('distribution.col.order'), key: 'order', width: 56, render: (_: unknown, _l, i) => i + 1 },
    { title: t('distribution.col.creditor'), dataIndex: 'creditor', key: 'creditor', render: (v: string, l) => (l.tier === 'costs' ? t('distribution.tier.costs') : <div style={{ minWidth: 100, maxWidth: 260, overflowWrap: 'anywhere' }}>{v}</div>) },
    {
      title: t('distribution.col.tier'),
      dataIndex: 'tier',
      key: 'tier',
      render: (v: PlanLine['tier']) => (
        <Tag color={TIER_COLORS[v]} style={{ marginInlineEnd: 0 }}>
          {t(`distribution.tier.${v}`)}
        </Tag>
      ),
    },
    { title: t('distribution.col.owed'), dataIndex: 'owedFen', key: 'owed', align: 'right', render: amount },
    { title: t('distribution.col.paid'), dataIndex: 'paidFen', key: 'paid', align: 'right', render: (v: number) => <strong>{amount(v)}</strong> },
    { title: t('distribution.col.shortfall'), dataIndex: 'shortfallFen', key: 'shortfall', align: 'right', render: (v: number) => (v > 0 ? <span style={{ color: '#b45309' }}>{amount(v)}</span> : amount(v)) },
  ];

  const partyColumns: TableColumnsType<PlanParty> = [
    { title: t('distribution.col.party'), dataIndex: 'party', key: 'party', render: (v: string) => <div style={{ minWidth: 80, maxWidth: 220, overflowWrap: 'anywhere' }}>{v}</div> },
    { title: t('distribution.col.planServedOn'), dataIndex: 'planServedOn', key: 'planServedOn', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span> },
    { title: hinted(t('distribution.col.objection'), t('distribution.col.objectionHint')), key: 'objection', render: (_: unknown, p) => <Period dueOn={p.objectionDueOn} today={today} /> },
    { title: hinted(t('distribution.col.opposition'), t('distribution.col.oppositionHint')), key: 'opposition', render: (_: unknown, p) => <Period dueOn={p.oppositionDueOn} today={today} from={p.objectionNoticeOn} /> },
    { title: hinted(t('distribution.col.lawsuit'), t('distribution.col.lawsuitHint')), key: 'lawsuit', render: (_: unknown, p) => <Period dueOn={p.lawsuitDueOn} today={today} from={p.oppositionNoticeOn} /> },
    {
      title: t('distribution.col.objected'),
      dataIndex: 'objected',
      key: 'objected',
      render: (v: boolean) => (v ? <Tag color="red">{t('distribution.objected.yes')}</Tag> : <Typography.Text type="secondary">{t('distribution.objected.no')}</Typography.Text>),
    },
  ];

  return (
    <div data-testid="distribution-plan" data-plan-number={plan.number} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '12px 16px', marginBottom: 12 }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Space size={12} wrap>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {plan.number}
          </Typography.Text>
          <Typography.Text type="secondary">{t('distribution.plan.madeOn', { date: formatInstant(plan.createdAt).slice(0, 10) })}</Typography.Text>
          <Tag color={PLAN_STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="plan-status" data-status={status}>
            {t(`distribution.status.${status}`)}
          </Tag>
        </Space>
        <Space size={8} wrap>
          <Button icon={<FileWordOutlined />} href={distributionApi.documentUrl(caseId, plan.documentId)} download aria-label={t('distribution.plan.downloadFor', { number: plan.number })}>
            {t('distribution.plan.download')}
          </Button>
          {onServe ? <Button onClick={onServe}>{t('distribution.action.serve')}</Button> : null}
        </Space>
      </Flex>
      <Flex wrap gap={24} style={{ marginBottom: 8 }}>
        <Figure label={t('distribution.plan.amount')}>{amount(plan.amountFen)}</Figure>
        <Figure label={t('distribution.plan.costs')}>{amount(plan.costsFen)}</Figure>
        <Figure label={t('distribution.plan.debtorKind')}>{t(`distribution.debtorKind.${plan.debtorKind}`)}</Figure>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8, overflowWrap: 'anywhere' }}>
        {t('distribution.plan.source', { source: plan.proceedsSource })}
      </Typography.Paragraph>
      <div data-testid="distribution-lines">
        <Table<PlanLine>
          rowKey={(l) => `${l.tier}-${l.claimIndex ?? 'costs'}`}
          size="small"
          columns={lineColumns}
          dataSource={plan.lines}
          pagination={false}
          scroll={{ x: 'max-content' }}
          summary={() => (
            <>
              <Table.Summary.Row data-testid="distribution-total">
                <Table.Summary.Cell index={0} colSpan={3}>
                  <strong>{t('distribution.total')}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {amount(totals.owedFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <strong>{amount(totals.paidFen)}</strong>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {amount(totals.shortfallFen)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
              <Table.Summary.Row data-testid="distribution-surplus">
                <Table.Summary.Cell index={0} colSpan={4}>
                  {t('distribution.surplus')}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {amount(plan.surplusFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} />
              </Table.Summary.Row>
            </>
          )}
        />
      </div>
      <Typography.Text strong style={{ display: 'block', margin: '12px 0 8px' }}>
        {t('distribution.service.title')}
      </Typography.Text>
      {plan.parties.length > 0 ? (
        <div data-testid="distribution-parties">
          <Table<PlanParty> rowKey="party" size="small" columns={partyColumns} dataSource={plan.parties} pagination={false} scroll={{ x: 'max-content' }} />
        </div>
      ) : null}
      {missing.length > 0 ? (
        // The server counts only the parties recorded: one served whose period ran out leaves the plan unopposed.
        <Alert type={status === 'unopposed' ? 'warning' : 'info'} showIcon title={t('distribution.service.missing', { names: missing.join(lang === 'zh' ? '、' : ', ') })} style={{ marginTop: 8 }} data-testid="distribution-unserved" />
      ) : null}
    </div>
  );
}

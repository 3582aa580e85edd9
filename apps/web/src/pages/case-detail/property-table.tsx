import { Button, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PROPERTY_KINDS } from '@zhixing/contracts/labels';
import type { CaseProperty } from '../../api/endpoints.js';
import { formatDate, formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ENCUMBRANCE_COLORS, formatFen } from './network-inquiry-values.js';
import type { CaseControl } from './control-api.js';
import { ControlStateTag } from './control-tags.js';
import { isControllable } from './control-values.js';

type Encumbrance = CaseProperty['encumbrances'][number];

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.62)' } as const;

/** An encumbrance as a small tag: what it is and who holds it; a control in another case with its case number and rank. */
function EncumbranceTag({ e }: { e: Encumbrance }) {
  const { t } = useI18n();
  const parts = [t(`encumbrance.${e.kind}`)];
  if (e.kind === 'courtControl') {
    if (e.caseNumber) parts.push(e.caseNumber);
    if (e.registeredSeq !== undefined) parts.push(t('encumbrance.order', { n: e.registeredSeq }));
  } else if (e.holder) {
    parts.push(e.holder);
  }
  const details = [
    e.holder ? t('encumbrance.holder', { holder: e.holder }) : null,
    e.amountFen !== undefined ? t('encumbrance.amount', { amount: formatFen(e.amountFen) }) : null,
    e.since ? t('encumbrance.since', { date: formatDate(e.since) }) : null,
  ].filter((d): d is string => d !== null);
  return (
    <Tooltip title={details.length > 0 ? details.map((d) => <div key={d}>{d}</div>) : undefined}>
      <Tag color={ENCUMBRANCE_COLORS[e.kind]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }} data-testid="encumbrance">
        {parts.join(' · ')}
      </Tag>
    </Tooltip>
  );
}

function Amount({ p }: { p: CaseProperty }) {
  const { t } = useI18n();
  if (p.balanceFen !== null) {
    return (
      <div style={{ whiteSpace: 'nowrap' }}>
        <span style={SMALL}>{t('property.balance')} </span>
        <span className="zx-amount">{formatFen(p.balanceFen)}</span>
      </div>
    );
  }
  if (p.valuationFen !== null) {
    return (
      <div style={{ minWidth: 120, maxWidth: 220, marginInlineStart: 'auto' }}>
        <span style={{ ...SMALL, whiteSpace: 'nowrap' }}>{t('property.valuation')} </span>
        <span className="zx-amount">{formatFen(p.valuationFen)}</span>
        {p.valuationBasis ? <div style={SMALL}>{p.valuationBasis}</div> : null}
      </div>
    );
  }
  return <span>—</span>;
}

/** A control of this case that holds, is asked for, or waits for the property: one at a time. */
const LIVE_CONTROL: ReadonlySet<CaseControl['state']> = new Set(['requested', 'inEffect', 'waiting']);

/**
 * What the institutions reported the debtors hold, with the charges already on it; for each item
 * this case holds, its control's state, and for the handler the button to control the others.
 */
export function PropertyTable({ properties, controls = [], onControl }: { properties: readonly CaseProperty[]; controls?: readonly CaseControl[]; onControl?: ((p: CaseProperty) => void) | undefined }) {
  const { t, lang } = useI18n();
  const liveControl = new Map(controls.filter((c) => LIVE_CONTROL.has(c.state)).map((c) => [c.propertyId, c]));
  // Long registration numbers and descriptions wrap inside their columns, so amount and charges stay in view.
  const columns: TableColumnsType<CaseProperty> = [
    {
      title: t('property.col.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (_: unknown, p) => (
        <div style={{ minWidth: 110 }}>
          {PROPERTY_KINDS[p.kind][lang]}
          <div style={{ ...SMALL, whiteSpace: 'nowrap' }}>{t('property.foundAt', { time: formatInstant(p.foundAt) })}</div>
        </div>
      ),
    },
    { title: t('property.col.institution'), dataIndex: 'institutionName', key: 'institutionName', render: (v: string) => <div style={{ minWidth: 120, maxWidth: 180 }}>{v}</div> },
    {
      title: t('property.col.ref'),
      dataIndex: 'ref',
      key: 'ref',
      render: (v: string) => (
        <div className="zx-mono" style={{ minWidth: 140, maxWidth: 220, overflowWrap: 'anywhere' }}>
          {v}
        </div>
      ),
    },
    { title: t('property.col.description'), dataIndex: 'description', key: 'description', render: (v: string) => <div style={{ minWidth: 140, maxWidth: 280 }}>{v || '—'}</div> },
    { title: t('property.col.amount'), key: 'amount', align: 'right', render: (_: unknown, p) => <Amount p={p} /> },
    {
      title: t('property.col.encumbrances'),
      key: 'encumbrances',
      render: (_: unknown, p) =>
        p.encumbrances.length === 0 ? (
          '—'
        ) : (
          <Space size={4} wrap style={{ minWidth: 160, maxWidth: 280 }}>
            {p.encumbrances.map((e, i) => (
              <EncumbranceTag key={i} e={e} />
            ))}
          </Space>
        ),
    },
    {
      title: t('control.title'),
      key: 'control',
      render: (_: unknown, p) => {
        const held = liveControl.get(p.id);
        if (held) return <ControlStateTag control={held} />;
        if (!onControl || !isControllable(p.kind)) return '—';
        return (
          <Button size="small" onClick={() => onControl(p)} aria-label={t('control.order.buttonFor', { ref: p.ref })} data-testid="order-control">
            {t('control.order.button')}
          </Button>
        );
      },
    },
  ];
  return (
    <div data-testid="inquiry-properties">
      <Table<CaseProperty>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...properties]}
        pagination={properties.length > 20 ? { pageSize: 20, hideOnSinglePage: true } : false}
        scroll={{ x: 1080 }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<Typography.Text type="secondary">{t('inquiry.propertyEmpty')}</Typography.Text>} />
          ),
        }}
      />
    </div>
  );
}

import { useId, useState, type ReactNode } from 'react';
import { Button, Card, Typography } from 'antd';
import { TableOutlined } from '@ant-design/icons';
import { usePortalI18n } from '../portal-i18n.js';

export interface DataTable {
  /** Column headings; the first column names the row (a month, a closing method). */
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<{ readonly key: string; readonly cells: readonly ReactNode[]; readonly partial?: boolean; readonly total?: boolean }>;
  /** `data-field` of each figure column (after the first), for finding a figure by what it is. */
  readonly fields: readonly string[];
}

/**
 * A chart as everyone can read it: a heading, the picture as one image whose name says what it shows
 * (`role="img"` + `aria-label`), and the same figures as a table behind a button, for screen
 * readers, keyboards and anyone who wants the exact numbers.
 */
export function ChartCard({ testId, title, summary, chart, table }: { testId: string; title: string; summary: string; chart: ReactNode | null; table: DataTable }) {
  const { t } = usePortalI18n();
  const [open, setOpen] = useState(false);
  const tableId = useId();
  const headingId = useId();
  return (
    <Card data-testid={testId}>
      <section aria-labelledby={headingId}>
        <Typography.Title level={2} id={headingId} style={{ marginTop: 0, fontSize: 18 }}>
          {title}
        </Typography.Title>
        {chart ? (
          <div role="img" aria-label={summary} className="zx-portal-chart">
            {chart}
          </div>
        ) : (
          <Typography.Paragraph>{summary}</Typography.Paragraph>
        )}
        <Button icon={<TableOutlined aria-hidden />} aria-expanded={open} aria-controls={tableId} onClick={() => setOpen((o) => !o)} style={{ marginTop: 8 }}>
          {t(open ? 'hideTable' : 'showTable')}
        </Button>
        <div id={tableId} hidden={!open} className="zx-portal-table-scroll">
          <table className="zx-portal-data-table">
            <caption>{t('tableOf', { chart: title })}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={c} scope="col" className={i === 0 ? undefined : 'zx-portal-num'}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.key} data-row={r.key} className={r.partial ? 'zx-portal-partial' : r.total ? 'zx-portal-total' : undefined}>
                  <th scope="row">{r.cells[0]}</th>
                  {r.cells.slice(1).map((cell, i) => (
                    <td key={table.fields[i] ?? i} data-field={table.fields[i]} className="zx-portal-num">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Card>
  );
}

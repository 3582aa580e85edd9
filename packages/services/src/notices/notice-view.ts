/** A reward or auction notice row as the public and staff read it (issue 5). */
import type { CaseNotice, PublicNotice } from '@zhixing/contracts';
import type { listCaseNotices } from '@zhixing/db';
import { fenToYuanString, type AuctionPropertyKind, type NoticeKind } from '@zhixing/domain';

type NoticeRow = Awaited<ReturnType<typeof listCaseNotices>>[number];

export const NOTICE_LEGAL_BASIS: Readonly<Record<NoticeKind, string>> = {
  reward: '《最高人民法院关于民事执行中财产调查若干问题的规定》第二十一条至第二十四条',
  auction: '《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第十二条、第十三条',
};

export function publicNotice(row: NoticeRow): PublicNotice {
  const d = row.details;
  const kind = row.kind as NoticeKind;
  return {
    id: row.id,
    kind,
    title: row.title,
    court: { id: row.court_id, name: row.court_name, nameEn: row.court_name_en },
    caseNumber: row.case_number,
    debtor: { name: row.debtor_name, kind: row.debtor_kind, idMasked: row.debtor_kind === 'person' ? (row.id_number_masked ?? '') : (row.credit_code ?? '') },
    publishOn: row.publish_on,
    endsOn: row.ends_on,
    reward:
      kind === 'reward'
        ? {
            terms: (d['terms'] as { kind: string }).kind === 'fixed' ? { kind: 'fixed', amount: fenToYuanString(Number((d['terms'] as { fen: number }).fen)) } : { kind: 'percent', percent: Number((d['terms'] as { percent: number }).percent) },
            conditions: String(d['conditions']),
          }
        : null,
    auction:
      kind === 'auction'
        ? {
            propertyKind: d['propertyKind'] as AuctionPropertyKind,
            round: d['round'] === 2 ? 2 : 1,
            description: String(d['description']),
            valuation: fenToYuanString(Number(d['valuationFen'])),
            startingPrice: fenToYuanString(Number(d['startingPriceFen'])),
            deposit: fenToYuanString(Number(d['depositFen'])),
            startsAt: String(d['startsAt']),
            endsAt: String(d['endsAt']),
            platform: String(d['platform']),
          }
        : null,
    legalBasis: NOTICE_LEGAL_BASIS[kind],
  };
}

export function caseNotice(row: NoticeRow): CaseNotice {
  return { ...publicNotice(row), withdrawnAt: row.withdrawn_at?.toISOString() ?? null, withdrawnReason: row.withdrawn_reason };
}

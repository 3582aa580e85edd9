/**
 * A distribution plan as the court reads it: the lines in payment order, and per party the
 * periods that run from the day each document reached them (民诉法解释 arts. 509–510), and whether
 * the plan stands unopposed (served, every objection period over, no objection).
 */
import type { DistributionPlanRow } from '@zhixing/db';
import { compareCivil, distributionTimers, unwrap, type CivilDate, type DistributionDebtorKind, type WorkingDayCalendar } from '@zhixing/domain';

export interface StoredLine {
  claimIndex: number | null;
  creditor: string;
  tier: 'costs' | 'priority' | 'ordinary';
  owedFen: number;
  paidFen: number;
  shortfallFen: number;
}

export interface StoredService {
  party: string;
  planServedOn: string;
  objectionNoticeOn: string | null;
  oppositionNoticeOn: string | null;
  objected: boolean;
}

export function planView(p: DistributionPlanRow, calendar: WorkingDayCalendar, today: CivilDate) {
  const services = p.services as StoredService[];
  const parties = services.map((s) => {
    const t = unwrap(
      distributionTimers(calendar, {
        plan: s.planServedOn,
        ...(s.objectionNoticeOn ? { objectionNotice: s.objectionNoticeOn } : {}),
        ...(s.oppositionNoticeOn ? { oppositionNotice: s.oppositionNoticeOn } : {}),
      }),
    );
    return { ...s, objectionDueOn: t.objection.dueDate, oppositionDueOn: t.opposition?.dueDate ?? null, lawsuitDueOn: t.lawsuit?.dueDate ?? null };
  });
  const unopposed = parties.length > 0 && parties.every((x) => !x.objected && compareCivil(x.objectionDueOn, today) < 0);
  return {
    id: p.id,
    number: p.number,
    proceedsSource: p.proceeds_source,
    amountFen: p.amount_fen,
    costsFen: p.costs_fen,
    debtorKind: p.debtor_kind as DistributionDebtorKind,
    lines: p.lines as StoredLine[],
    surplusFen: p.surplus_fen,
    documentId: p.document_id,
    createdAt: p.created_at.toISOString(),
    parties,
    unopposed,
  };
}

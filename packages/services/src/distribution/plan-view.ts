/**
 * A distribution plan as the court reads it: the lines in payment order, and per party the
 * periods that run from the day each document reached them (民诉法解释 arts. 509–510), and whether
 * the plan stands unopposed (served on all, every objection period over, no objection).
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

/**
 * `debtors`: the case's debtors by name. The plan is served on every creditor and the debtor
 * (art. 509); it stands unopposed only when all of them were served, every objection period is over
 * and no one objected.
 */
export function planView(p: DistributionPlanRow, calendar: WorkingDayCalendar, today: CivilDate, debtors: readonly string[]) {
  const services = p.services as StoredService[];
  const claims = p.claims as Array<{ creditor: string; basis?: string; amountFen: number; priority?: { rank: number; since: string; note: string }; seizureOrder?: number }>;
  const served = new Set(services.map((s) => s.party));
  const unserved = [...new Set([...claims.map((c) => c.creditor), ...debtors])].filter((name) => !served.has(name));
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
  const unopposed = unserved.length === 0 && parties.length > 0 && parties.every((x) => !x.objected && compareCivil(x.objectionDueOn, today) < 0);
  return {
    id: p.id,
    number: p.number,
    proceedsSource: p.proceeds_source,
    amountFen: p.amount_fen,
    costsFen: p.costs_fen,
    debtorKind: p.debtor_kind as DistributionDebtorKind,
    claims: claims.map((c) => ({ creditor: c.creditor, basis: c.basis ?? null, amountFen: c.amountFen, priority: c.priority ?? null, seizureOrder: c.seizureOrder ?? null })),
    lines: p.lines as StoredLine[],
    surplusFen: p.surplus_fen,
    documentId: p.document_id,
    createdAt: p.created_at.toISOString(),
    parties,
    unserved,
    unopposed,
  };
}

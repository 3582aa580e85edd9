/**
 * A judge publishes a reward notice (悬赏公告) or an online auction notice (拍卖公告) on the portal
 * (issue 5), after the domain checks its terms (portal/public-notices.ts). It is a case event; an
 * auction notice is also a public node of the parties' timelines ("property disposal").
 */
import { randomUUID } from 'node:crypto';
import { AppError, invalidField, type CaseNotice, type PublishNoticeRequest } from '@zhixing/contracts';
import { findCase, findCaseNotice, insertNotice, listParties } from '@zhixing/db';
import { checkAuctionNotice, checkRewardNotice, civilDateOf, unwrap, parseYuan, type Result } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import { unwrapRule } from '../domain-errors.js';
import { NOTICE_LEGAL_BASIS, caseNotice } from './notice-view.js';

const fen = (yuan: string): number => unwrap(parseYuan(yuan));

export async function publishNotice(ctx: ServiceContext, actor: Actor, caseId: string, input: PublishNoticeRequest): Promise<CaseNotice> {
  requireRole(actor, ['judge', 'officer']);
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row || row.court_id !== actor.courtId) throw new AppError('OUT_OF_COURT_SCOPE');
  if (row.stage === 'closed' && row.closing_method !== 'terminationForNow') throw invalidField('caseId', '案件已结案，不能发布公告', 'The case is closed: nothing can be published on it');
  const debtor = (await listParties(db, caseId)).find((p) => p.id === input.debtorPartyId && p.party_role === 'debtor');
  if (!debtor) throw invalidField('debtorPartyId', '须为本案被执行人', 'Must be a debtor of this case');
  const publishOn = today(ctx.clock);
  let title: string;
  let details: Record<string, unknown>;
  let endsOn: string | null;
  if (input.kind === 'reward') {
    const terms = input.terms.kind === 'fixed' ? { kind: 'fixed' as const, fen: fen(input.terms.amount) } : input.terms;
    unwrapRule(checkRewardNotice({ terms, applicationReceivedOn: input.applicationReceivedOn, publishOn }) as Result<unknown>);
    if (input.endsOn && input.endsOn < publishOn) throw invalidField('endsOn', '截止日期不能早于发布日', 'The end cannot be before the publication day');
    title = `悬赏公告：查找被执行人${debtor.name}的财产`;
    details = { terms, conditions: input.conditions, applicationReceivedOn: input.applicationReceivedOn };
    endsOn = input.endsOn ?? null;
  } else {
    const amounts = { valuationFen: fen(input.valuation), startingPriceFen: fen(input.startingPrice), depositFen: fen(input.deposit), previousStartingPriceFen: input.previousStartingPrice ? fen(input.previousStartingPrice) : null };
    const startsOn = civilDateOf(Date.parse(input.startsAt));
    unwrapRule(checkAuctionNotice({ propertyKind: input.propertyKind, round: input.round, startsAt: input.startsAt, endsAt: input.endsAt, ...amounts }, publishOn, startsOn) as Result<unknown>);
    title = `${input.description.slice(0, 40)}${input.round === 2 ? '（第二次拍卖）' : ''}`;
    details = { propertyKind: input.propertyKind, round: input.round, description: input.description, platform: input.platform, startsAt: new Date(input.startsAt).toISOString(), endsAt: new Date(input.endsAt).toISOString(), ...amounts };
    endsOn = civilDateOf(Date.parse(input.endsAt));
  }
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await insertNotice(trx, { id, kind: input.kind, courtId: row.court_id, caseId, debtorPartyId: debtor.id, title, details, publishOn, endsOn, createdBy: actor.userId, createdAt: ctx.clock.now() });
    await recordEvent(trx, ctx.clock, actor, {
      courtId: row.court_id,
      caseId,
      action: 'noticePublished',
      after: { noticeId: id, kind: input.kind, title, debtor: debtor.name, ...details },
      legalBasis: NOTICE_LEGAL_BASIS[input.kind],
      summaryZh: `在执行信息公开网发布${input.kind === 'reward' ? '悬赏公告' : '拍卖公告'}：${title}`,
      summaryEn: `Published a ${input.kind === 'reward' ? 'reward' : 'auction'} notice on the public portal`,
    });
  });
  return caseNotice((await findCaseNotice(db, caseId, id))!);
}

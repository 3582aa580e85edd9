import { verifyAllChains, verifyCourtChain } from '@zhixing/services';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { resolveCourt } from '../resolve-court.js';
import { withStore } from '../with-store.js';

const REASONS = {
  gap: ['序号不连续', 'a sequence number is missing'],
  prevHashMismatch: ['前一哈希不符', 'the previous-hash link does not match'],
  hashMismatch: ['事件内容与哈希不符（被改动）', 'the event does not match its hash (altered)'],
  headMismatch: ['链尾记录与事件不符（末尾事件被删除）', 'the chain head does not match the events (events removed from the end)'],
} as const;

/** Recomputes the SM3 hash chain of each court's events; exit 1 when any link does not hold. */
export const auditVerifyCommand: Command = {
  words: ['audit', 'verify'],
  synopsis: 'zhixing audit verify [--court <法院 court>]',
  summaryZh: '校验审计事件哈希链：逐院重算，指出第一处断裂；有断裂时退出码为 1',
  summaryEn: "Verify the audit events' hash chain court by court, naming the first broken link; exit code 1 when broken",
  options: [['--court <法院>', '只校验该院（案号代字如 辽0202，或编号如 210202）；默认所有有事件的法院', 'Only this court (code like 辽0202 or id like 210202); default: every court with events']],
  examples: ['zhixing audit verify', 'zhixing audit verify --court 辽0202 --json'],
  supportsJson: true,
  async run(args, { out, env, cwd }) {
    const { values } = parseCommandArgs(args, { court: { type: 'string' } });
    const courtArg = values.court;
    const reports = await withStore(env, cwd, async ({ database, ctx }) => {
      if (courtArg === undefined) return verifyAllChains(database.db);
      const court = await resolveCourt(ctx, courtArg);
      return [await verifyCourtChain(database.db, court.id)];
    });
    const broken = reports.filter((r) => !r.valid);
    const valid = broken.length === 0;
    const first = broken[0];
    const error = first?.firstBroken
      ? {
          code: 'AUDIT_CHAIN_BROKEN',
          message: `审计链断裂 / Audit chain broken: ${first.courtId} seq ${first.firstBroken.seq}`,
          messageZh: `法院 ${first.courtId} 的审计链在第 ${first.firstBroken.seq} 号事件（事件 id ${first.firstBroken.eventId}）处断裂：${REASONS[first.firstBroken.reason][0]}`,
          messageEn: `The audit chain of court ${first.courtId} breaks at seq ${first.firstBroken.seq} (event id ${first.firstBroken.eventId}): ${REASONS[first.firstBroken.reason][1]}`,
          details: { courtId: first.courtId, ...first.firstBroken },
        }
      : undefined;
    out.result({ valid, reports, ...(error ? { error } : {}) }, () => [
      ...(reports.length === 0 ? ['尚无审计事件，无需校验 / No audit events yet: nothing to verify'] : []),
      ...reports.map((r) =>
        r.valid
          ? `✓ ${r.courtId}：${r.events} 个事件，链完整 / ${r.events} event(s), chain intact${r.headHash ? `（head ${r.headHash.slice(0, 16)}…）` : ''}`
          : `✗ ${r.courtId}：第 ${r.firstBroken?.seq ?? '?'} 号事件（id ${r.firstBroken?.eventId ?? '?'}）断裂：${r.firstBroken ? REASONS[r.firstBroken.reason][0] : ''} / broken at seq ${r.firstBroken?.seq ?? '?'} (event id ${r.firstBroken?.eventId ?? '?'}): ${r.firstBroken ? REASONS[r.firstBroken.reason][1] : ''}`,
      ),
      valid ? '审计链校验通过 / Audit chains verified' : '审计链校验未通过 / Audit chain verification FAILED',
    ]);
    if (error) out.note(`错误 Error [${error.code}]：${error.messageZh}\n  ${error.messageEn}`);
    return valid ? 0 : 1;
  },
};

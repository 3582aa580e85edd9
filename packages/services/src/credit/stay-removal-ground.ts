/**
 * Does a stay of enforcement (中止执行) delete the case's dishonest listings?
 *
 * 失信规定 (2017) art. 10 ¶1 item 5: the listing is deleted within 3 working days when "因审判
 * 监督或破产程序，人民法院依法裁定对失信被执行人中止执行". Those stays are:
 * - trial supervision: a retrial ordered under 民事诉讼法 (2023) art. 217 stays the judgment being
 *   enforced (also 执行工作规定 art. 59, 民诉法解释 art. 394);
 * - bankruptcy: the enforcing court stays enforcement against an enterprise debtor it transfers to
 *   bankruptcy review (民诉法解释 art. 511), and acceptance of a bankruptcy petition stays pending
 *   enforcement (企业破产法 art. 19).
 * A stay on any other ground (民事诉讼法 art. 267 items 1–5: the applicant agrees to wait, a
 * third party's objection, a party's death or dissolution…) leaves the listing as it is, and so
 * does a deferral (暂缓执行). The 限高规定 (art. 9) knows no such ground: restrictions stay.
 *
 * A stay records its statutory ground as a code (STAY_GROUNDS, domain) beside the ruling's
 * reason text. The code decides when present: trialSupervision and bankruptcy are the removal
 * reason, any other code is none, whatever the text says. Stays recorded without a code (before
 * the code existed, or by an older client) fall back to reading the text for the words those
 * rulings use. Only a removal due date follows from it — a judge still deletes the listing
 * (end-credit-decision) — so a wrong reading shows up as a due date the judge can see, with the
 * stay's ground in the decision's removal note, never as a silent deletion.
 */
import type { StayGround } from '@zhixing/domain';

export type StayRemovalReason = Extract<StayGround, 'trialSupervision' | 'bankruptcy'>;

const TRIAL_SUPERVISION = /审判监督|再审|提审/;
const BANKRUPTCY = /破产/;
/** "不属于破产…" / "非因再审…": a ground that names the procedure only to exclude it. */
const NEGATED = /(?:不属于|并非|非因|不是|无关|未进入|未受理|不予受理|驳回)[^，。；,;]{0,12}(?:审判监督|再审|提审|破产)|(?:审判监督|再审|提审|破产)[^，。；,;]{0,8}(?:无关|被驳回|不予受理)/;

export function stayRemovalReason(ground: string, groundCode?: StayGround): StayRemovalReason | null {
  if (groundCode !== undefined) return groundCode === 'trialSupervision' || groundCode === 'bankruptcy' ? groundCode : null;
  if (NEGATED.test(ground)) return null;
  if (TRIAL_SUPERVISION.test(ground)) return 'trialSupervision';
  if (BANKRUPTCY.test(ground)) return 'bankruptcy';
  return null;
}

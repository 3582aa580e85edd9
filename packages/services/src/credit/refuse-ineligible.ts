import { AppError } from '@zhixing/contracts';
import type { DomainProblem } from '@zhixing/domain';

/** Every legal reason against an act at once: 422 RULE_VIOLATION, the first rule in `details.rule`, all in `details.problems`. */
export function refuseIneligible<T>(e: { eligible: true; terms: T } | { eligible: false; problems: readonly DomainProblem[] }): T {
  if (e.eligible) return e.terms;
  const first = e.problems[0]!;
  throw new AppError('RULE_VIOLATION', {
    zh: e.problems.map((p) => p.messageZh).join('；'),
    en: e.problems.map((p) => p.messageEn).join('; '),
    details: { rule: first.code, problems: e.problems.map((p) => ({ code: p.code, messageZh: p.messageZh, messageEn: p.messageEn })) },
  });
}

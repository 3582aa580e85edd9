/**
 * The guard's verdict and the term of an order before it is made (issue 4: "control actions with
 * the guard's verdict shown before submission"). Reads only; the order runs the same assessment.
 */
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { assessControl, type ControlProblem, type GuardView } from './assess-control.js';
import { loadControlCase } from './control-case.js';

export interface ControlPreview {
  propertyId: string;
  act: 'freeze' | 'seal' | 'impound';
  divisible: boolean;
  guard: GuardView;
  term: { months: number; startsOn: string; expiresOn: string; renewBy: string; remindOn: string[] };
  allowed: boolean;
  problems: ControlProblem[];
}

export function termView(t: { months: number; startsOn: string; expiresOn: string; renewBy: string; remindOn: readonly string[] }) {
  return { months: t.months, startsOn: t.startsOn, expiresOn: t.expiresOn, renewBy: t.renewBy, remindOn: [...t.remindOn] };
}

export async function previewControl(ctx: ServiceContext, actor: Actor, caseId: string, input: { propertyId: string; amountFen?: number | undefined; termMonths?: number | undefined }): Promise<ControlPreview> {
  requireRole(actor, ['judge', 'officer']);
  const { db } = ctx.database;
  const cc = await loadControlCase(db, actor, caseId);
  const day = today(ctx.clock);
  const a = await assessControl(db, await ctx.calendar(), cc, input, day);
  // A property that takes no control still gets a term line, so the form has something to show.
  const term = a.term ?? { months: 0, startsOn: day, expiresOn: day, renewBy: day, remindOn: [] };
  return { propertyId: a.property.id, act: a.act, divisible: a.divisible, guard: a.guard, term: termView(term), allowed: a.problems.length === 0 && a.guard.verdict === 'within', problems: a.problems };
}

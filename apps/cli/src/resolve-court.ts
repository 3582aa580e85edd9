import { listCourts, type ServiceContext } from '@zhixing/services';
import { UsageError } from './cli-errors.js';
import { SYSTEM_ACTOR } from './system-actor.js';

export interface CourtRef {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

/** A court named by its case-number code (`辽0202`) or its id (`210202`); unknown → usage error. */
export async function resolveCourt(ctx: ServiceContext, codeOrId: string, flag = '--court'): Promise<CourtRef> {
  const wanted = codeOrId.trim();
  const { items } = await listCourts(ctx, SYSTEM_ACTOR);
  const court = items.find((c) => c.code === wanted || c.id === wanted);
  if (court) return { id: court.id, code: court.code, name: court.name, nameEn: court.nameEn };
  const known = items.map((c) => `${c.code}（${c.id}）`).join('、');
  throw new UsageError(
    `${flag} 不是已知法院：${wanted}${known ? `。可用：${known}` : '（库中尚无法院，请先运行 zhixing seed --courts-only）'}`,
    `${flag} names no known court: ${wanted}${known ? `. Known: ${items.map((c) => `${c.code} (${c.id})`).join(', ')}` : ' (no courts in the store yet: run zhixing seed --courts-only)'}`,
  );
}

/**
 * CPU time spent during a phase, split between this Node process (all its threads) and the local
 * PostgreSQL server's processes (read from /proc; Linux only, null elsewhere). Shows where the
 * 2 shared cores went, per filing. The server's time is the live processes' own time plus their
 * reaped children's (the postmaster's cutime/cstime), so backends, parallel and autovacuum
 * workers that exit during a phase still count.
 */
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SEC = 100;

function postgresTicks(): number | null {
  if (process.platform !== 'linux') return null;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      if (comm !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      // utime, stime, cutime, cstime (proc(5), counted from the state field).
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks;
}

export interface CpuMark {
  node: NodeJS.CpuUsage;
  postgresTicks: number | null;
}

export function cpuMark(): CpuMark {
  return { node: process.cpuUsage(), postgresTicks: postgresTicks() };
}

export interface CpuSpent {
  nodeMs: number;
  postgresMs: number | null;
}

export function cpuSince(mark: CpuMark): CpuSpent {
  const node = process.cpuUsage(mark.node);
  const pgNow = postgresTicks();
  return {
    nodeMs: (node.user + node.system) / 1000,
    postgresMs: pgNow === null || mark.postgresTicks === null ? null : ((pgNow - mark.postgresTicks) * 1000) / TICKS_PER_SEC,
  };
}

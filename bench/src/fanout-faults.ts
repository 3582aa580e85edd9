/**
 * The fault mix of the fan-out's end-to-end run (issue 4: "zero lost or duplicated results under the
 * fault mix"). Four of the 13 simulated institutions misbehave the way real connections do, through
 * the simulators' own switch (`POST /admin/faults`):
 * - the bank is down (503) for the first seconds — the platform retries with back-off (1 s, 4 s, 16 s …);
 * - the online payment platform delivers every reply twice — the second is answered `duplicate`;
 * - the insurer holds half its replies back so they arrive after later ones (reordered);
 * - the vehicle administration is slow (twenty times its answer time, plus a second).
 * Faults after which a request cannot end answered are left out on purpose: a tampered signature is
 * refused and kept (the request then times out), an error is the institution's refusal (the request
 * fails) — both are the right outcome and each has its integration test (network-inquiry.int.test.ts),
 * but neither is a result to count.
 * Afterwards each simulator's /health tells how many replies it delivered and how many deliveries
 * the platform did not take (each retry counted).
 */
import type { SimulatorFault } from '@zhixing/connectors';
import type { InstitutionCategory } from '@zhixing/domain';

export interface FaultPlanItem {
  readonly category: InstitutionCategory;
  readonly faults: readonly SimulatorFault[];
  /** Lifted this many seconds after the start; null: for the whole run. */
  readonly forSeconds: number | null;
}

export const FAULT_MIX: readonly FaultPlanItem[] = [
  { category: 'bank', faults: ['down'], forSeconds: 15 },
  { category: 'onlinePayment', faults: ['duplicate'], forSeconds: null },
  { category: 'insurer', faults: ['reorder'], forSeconds: null },
  { category: 'vehicleAdministration', faults: ['slow'], forSeconds: null },
];

export interface FaultReport {
  mix: FaultPlanItem[];
  /** Replies the simulators carried out (each request once, however often asked). */
  executed: number;
  /** Deliveries the platform took (booked, or answered `duplicate`). */
  deliveriesAccepted: number;
  /** Deliveries the platform did not take (each retry counted). */
  deliveriesFailed: number;
  /** Replies still waiting in a simulator at the end (should be none). */
  pendingAtEnd: number;
}

interface SimulatorRef {
  readonly category: InstitutionCategory;
  readonly url: string;
}

interface Health {
  executed: number;
  pending: number;
  deliveries: { accepted: number; failed: number };
}

async function setFaults(url: string, faults: readonly SimulatorFault[]): Promise<void> {
  const res = await fetch(`${url}/admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults }) });
  const body = (await res.json()) as { faults: string[] };
  if (!res.ok || body.faults.length !== faults.length) throw new Error(`simulator ${url} did not take faults ${faults.join(', ')}`);
}

/**
 * Switches the mix on (before the gate opens); `started()` schedules the lifting of the timed
 * faults from the start; `report()` lifts what is left and reads every simulator's counters.
 */
export async function applyFaultMix(simulators: readonly SimulatorRef[], mix: readonly FaultPlanItem[] = FAULT_MIX) {
  const urlOf = (category: InstitutionCategory) => {
    const s = simulators.find((x) => x.category === category);
    if (!s) throw new Error(`no simulator for ${category}`);
    return s.url;
  };
  for (const item of mix) await setFaults(urlOf(item.category), item.faults);
  const timers: NodeJS.Timeout[] = [];
  const lifted: Promise<void>[] = [];
  return {
    started(): void {
      for (const item of mix) {
        if (item.forSeconds === null) continue;
        timers.push(
          setTimeout(() => {
            lifted.push(setFaults(urlOf(item.category), []));
          }, item.forSeconds * 1000),
        );
      }
    },
    async report(): Promise<FaultReport> {
      for (const t of timers) clearTimeout(t);
      await Promise.all(lifted);
      const read = () => Promise.all(simulators.map(async (s) => (await (await fetch(`${s.url}/health`)).json()) as Health));
      // A duplicate's second delivery may still be on its way when the last booking is seen.
      let healths = await read();
      for (let i = 0; i < 40 && healths.some((h) => h.pending > 0); i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        healths = await read();
      }
      for (const item of mix) await setFaults(urlOf(item.category), []);
      return {
        mix: [...mix],
        executed: healths.reduce((n, h) => n + h.executed, 0),
        deliveriesAccepted: healths.reduce((n, h) => n + h.deliveries.accepted, 0),
        deliveriesFailed: healths.reduce((n, h) => n + h.deliveries.failed, 0),
        pendingAtEnd: healths.reduce((n, h) => n + h.pending, 0),
      };
    },
  };
}

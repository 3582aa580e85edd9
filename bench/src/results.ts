/** The shape of one benchmark run as written to bench/results/<date>-<label>.json. */
import type { AuditChainResult } from './bench-audit-chain.js';
import type { CaseListResult } from './bench-case-list.js';
import type { FilingResult } from './bench-filing.js';
import type { ChainBuildReport } from './build-chain.js';
import type { GenerateReport } from './generate-cases.js';
import type { MachineInfo } from './machine.js';
import type { StoreKind } from './stores.js';

export interface BenchConfig {
  profile: 'full' | 'quick';
  cases: number;
  listRounds: number;
  chainEvents: number;
  chainCourt: string;
  verifyRepetitions: number;
  filing: { concurrencies: number[]; rounds: number; warmupMs: number; durationMs: number };
}

export interface StoreResults {
  kind: StoreKind;
  describe: Record<string, string>;
  seedSeconds: number;
  data: GenerateReport;
  caseList: CaseListResult;
  chainBuild: ChainBuildReport;
  auditChain: AuditChainResult;
  /** One result per client concurrency, keyed by it ("8", "1"). */
  filing: Record<string, FilingResult>;
  seconds: number;
  /** 1-minute load average of the machine before and after this store's benchmarks. */
  loadAverage: { before: number; after: number };
}

export interface SummaryRow {
  benchmark: string;
  store: StoreKind;
  measured: string;
  value: number;
  target: string | null;
  /** null when the row has no target (reported for information). */
  pass: boolean | null;
}

export interface BenchResults {
  schema: 1;
  label: string;
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  config: BenchConfig;
  targets: { filingApiToRawRatio: number; caseListP95MsPostgres: number; verifyToRawSm3Ratio: number };
  stores: Partial<Record<StoreKind, StoreResults>>;
  skipped: Partial<Record<StoreKind, string>>;
  summary: SummaryRow[];
}

import type { FileCaseRequest } from '@zhixing/contracts';

/** A valid filing, with options for the parts a test cares about (style-by-example §8). */
export function filingRequest(options: { filedOn?: string; debtorName?: string; applicantName?: string; principal?: string; basisType?: FileCaseRequest['basis']['type']; handlerId?: string; debtors?: FileCaseRequest['debtors'] } = {}): FileCaseRequest {
  return {
    caseType: 'first',
    ...(options.filedOn ? { filedOn: options.filedOn } : {}),
    cause: '民间借贷纠纷',
    basis: {
      type: options.basisType ?? 'judgment',
      issuer: '大连市中山区人民法院',
      documentNumber: '（2025）辽0202民初456号',
      effectiveDate: '2025-06-01',
      performanceDeadline: '2025-06-16',
    },
    applicants: [{ kind: 'person', name: options.applicantName ?? '张伟', idNumber: '11010519491231002X', phone: '13800000000' }],
    debtors: options.debtors ?? [{ kind: 'organisation', name: options.debtorName ?? '大连海星贸易有限公司', creditCode: '91350100M000100Y43', legalRepresentative: '赵强' }],
    claims: [
      { kind: 'principal', amount: options.principal ?? '150000.00' },
      { kind: 'costs', amount: '2150.00', description: '案件受理费' },
    ],
    ...(options.handlerId ? { handlerId: options.handlerId } : {}),
  };
}

/**
 * The three credit-discipline measures a court publishes, and who a measure binds. One name per
 * idea (glossary): `dishonestListing` (失信被执行人名单), `consumptionRestriction` (限制消费令),
 * `exitRestriction` (限制出境).
 */
export const MEASURE_KINDS = ['dishonestListing', 'consumptionRestriction', 'exitRestriction'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_KIND_LABELS: Readonly<Record<MeasureKind, { readonly zh: string; readonly en: string }>> = {
  dishonestListing: { zh: '失信被执行人名单', en: 'Dishonest-debtor list' },
  consumptionRestriction: { zh: '限制消费', en: 'Consumption restriction' },
  exitRestriction: { zh: '限制出境', en: 'Exit restriction' },
};

/** The legal basis an agency is told when a measure blocks an act. */
export const MEASURE_LEGAL_BASIS: Readonly<Record<MeasureKind, string>> = {
  dishonestListing: '民事诉讼法第二百六十六条；最高人民法院关于公布失信被执行人名单信息的若干规定第一条、第八条',
  consumptionRestriction: '民事诉讼法第二百六十六条；最高人民法院关于限制被执行人高消费及有关消费的若干规定第一条、第三条',
  exitRestriction: '民事诉讼法第二百六十六条；最高人民法院关于适用《民事诉讼法》执行程序若干问题的解释第二十三条、第二十四条',
};

/**
 * Whom a measure binds: the debtor itself, or — for an organisation debtor — the persons the 2015
 * consumption rules art. 3 ¶2 bind (法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人);
 * for exit restriction 执行程序解释 art. 24 binds the first three, and a debtor without capacity
 * binds its statutory agent (法定代理人, same article ¶2).
 */
export const SUBJECT_ROLES = ['debtor', 'legalRepresentative', 'principalOfficer', 'responsiblePerson', 'actualController', 'statutoryAgent'] as const;
export type SubjectRole = (typeof SUBJECT_ROLES)[number];

export const SUBJECT_ROLE_LABELS: Readonly<Record<SubjectRole, { readonly zh: string; readonly en: string }>> = {
  debtor: { zh: '被执行人', en: 'Debtor' },
  legalRepresentative: { zh: '法定代表人', en: 'Legal representative' },
  principalOfficer: { zh: '主要负责人', en: 'Principal officer' },
  responsiblePerson: { zh: '直接责任人员', en: 'Directly responsible person' },
  actualController: { zh: '实际控制人', en: 'Actual controller' },
  statutoryAgent: { zh: '法定代理人', en: 'Statutory agent' },
};

export const isMeasureKind = (v: unknown): v is MeasureKind => typeof v === 'string' && (MEASURE_KINDS as readonly string[]).includes(v);
export const isSubjectRole = (v: unknown): v is SubjectRole => typeof v === 'string' && (SUBJECT_ROLES as readonly string[]).includes(v);

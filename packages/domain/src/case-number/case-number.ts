/**
 * Case numbers (案号), e.g. （2026）辽0202执123号: year in full-width parentheses, court code
 * (province abbreviation + digits: 辽02 is the Dalian Intermediate Court, 辽0202 the Zhongshan
 * District Court), type code, sequence number, 号.
 */
import { DomainError, fail, ok } from '../domain-error.js';
import type { DomainProblem, Result } from '../domain-error.js';
import { CASE_TYPES, CASE_TYPE_CODES, caseTypeOfCode, isCaseType } from './case-types.js';
import type { CaseType } from './case-types.js';

export interface CaseNumberParts {
  readonly year: number;
  readonly courtCode: string;
  readonly caseType: CaseType;
  readonly sequence: number;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2999;
// One CJK character (province abbreviation) and 2–6 digits: intermediate and basic courts.
const COURT_CODE = /^[\u4e00-\u9fa5]\d{2,6}$/;

function yearProblem(year: unknown): DomainProblem | undefined {
  if (typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) return undefined;
  return {
    code: 'CASE_NUMBER_BAD_YEAR',
    messageZh: `案号年份应为 ${String(MIN_YEAR)}–${String(MAX_YEAR)} 之间的四位数：${String(year)}`,
    messageEn: `The case number year must be a four-digit year from ${String(MIN_YEAR)} to ${String(MAX_YEAR)}, got ${String(year)}`,
    details: { year },
  };
}

function courtCodeProblem(courtCode: string): DomainProblem | undefined {
  if (COURT_CODE.test(courtCode)) return undefined;
  return {
    code: 'CASE_NUMBER_BAD_COURT_CODE',
    messageZh: `法院代字应为省级简称加2–6位数字（如“辽02”“辽0202”）：${courtCode}`,
    messageEn: `The court code must be a province abbreviation followed by 2–6 digits (e.g. 辽02, 辽0202), got "${courtCode}"`,
    details: { courtCode },
  };
}

function sequenceProblem(sequence: unknown, written = String(sequence)): DomainProblem | undefined {
  const valid = typeof sequence === 'number' && Number.isSafeInteger(sequence) && sequence > 0 && !written.startsWith('0');
  if (valid) return undefined;
  return {
    code: 'CASE_NUMBER_BAD_SEQUENCE',
    messageZh: `案件顺序号应为不以0开头的正整数：${written}`,
    messageEn: `The sequence number must be a positive whole number without leading zeros, got ${written}`,
    details: { sequence: written },
  };
}

function typeProblem(caseType: unknown): DomainProblem | undefined {
  if (typeof caseType === 'string' && isCaseType(caseType)) return undefined;
  return {
    code: 'CASE_NUMBER_BAD_TYPE',
    messageZh: `未知的执行案件类型：${String(caseType)}`,
    messageEn: `Unknown enforcement case type "${String(caseType)}" (expected one of ${CASE_TYPES.join(', ')})`,
    details: { caseType },
  };
}

/**
 * Writes a case number in the official form, with full-width parentheses.
 * Throws a {@link DomainError} (`CASE_NUMBER_BAD_YEAR`, `CASE_NUMBER_BAD_COURT_CODE`,
 * `CASE_NUMBER_BAD_TYPE`, `CASE_NUMBER_BAD_SEQUENCE`) for parts that cannot form a case number.
 *
 * ### Examples
 * `formatCaseNumber({ year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 123 })` → `（2026）辽0202执123号`.
 */
export function formatCaseNumber(parts: CaseNumberParts): string {
  const { year, courtCode, caseType, sequence } = parts;
  // Parts may come from untyped input (JSON, CLI), so each is checked at run time too.
  const problem =
    yearProblem(year) ?? courtCodeProblem(courtCode) ?? typeProblem(caseType) ?? sequenceProblem(sequence);
  if (problem) throw new DomainError(problem);
  return `（${String(year)}）${courtCode}${CASE_TYPE_CODES[caseType]}${String(sequence)}号`;
}

// Year in parentheses (full- or half-width), court code (a CJK character and digits), type code
// (the run of non-digits up to the sequence number), sequence number, 号.
const SHAPE = /^[（(](\d{4})[）)]([\u4e00-\u9fa5]\d+)(\D+)(\d+)号$/u;

/**
 * Reads a case number. Accepts full-width （） or half-width () parentheses and surrounding
 * whitespace; the parts are checked as in {@link formatCaseNumber}. A sequence number with a
 * leading zero is refused, because the official form never has one.
 *
 * Rejections: `CASE_NUMBER_MALFORMED` (not of the form （year）court type sequence 号),
 * `CASE_NUMBER_BAD_YEAR`, `CASE_NUMBER_BAD_COURT_CODE`, `CASE_NUMBER_UNKNOWN_TYPE`,
 * `CASE_NUMBER_BAD_SEQUENCE`.
 *
 * ### Examples
 * `parseCaseNumber('(2026)辽0202执恢7号')` → ok({ year: 2026, courtCode: '辽0202', caseType: 'resumed', sequence: 7 }).
 */
export function parseCaseNumber(text: string): Result<CaseNumberParts> {
  const trimmed = text.trim();
  const shape = SHAPE.exec(trimmed);
  if (!shape) {
    return fail({
      code: 'CASE_NUMBER_MALFORMED',
      messageZh: `案号格式不正确：${trimmed}（应为“（年份）法院代字+类型代字+顺序号+号”，如“（2026）辽0202执123号”）`,
      messageEn: `Not a case number: "${trimmed}" (expected （year）court code + type code + sequence + 号, e.g. （2026）辽0202执123号)`,
      details: { text },
    });
  }
  const [, yearDigits = '', courtCode = '', typeCode = '', sequenceDigits = ''] = shape;
  const year = Number(yearDigits);
  const partProblem = yearProblem(year) ?? courtCodeProblem(courtCode);
  if (partProblem) return fail(partProblem);
  const caseType = caseTypeOfCode(typeCode);
  if (caseType === undefined) {
    return fail({
      code: 'CASE_NUMBER_UNKNOWN_TYPE',
      messageZh: `未知的执行案件类型代字“${typeCode}”（应为 ${Object.values(CASE_TYPE_CODES).join('、')} 之一）`,
      messageEn: `Unknown type code "${typeCode}" (expected one of ${Object.values(CASE_TYPE_CODES).join(', ')})`,
      details: { typeCode },
    });
  }
  const sequence = Number(sequenceDigits);
  const seqProblem = sequenceProblem(sequence, sequenceDigits);
  if (seqProblem) return fail(seqProblem);
  return ok({ year, courtCode, caseType, sequence });
}

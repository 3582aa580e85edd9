/**
 * Full titles of the rules the credit-discipline measures rest on, as a decision cites them, and
 * the short names used in problem messages. The current texts are the 2017 revision of the
 * dishonest-list rules (法释〔2017〕7号) and the 2015 revision of the consumption rules
 * (法释〔2015〕17号); /work/shared/law holds only their 2013 and 2010 originals (see the reference §4–5).
 */
export const CPL_ART_266 = '民事诉讼法第二百六十六条';
export const LISTING_RULES = '最高人民法院关于公布失信被执行人名单信息的若干规定';
export const CONSUMPTION_RULES = '最高人民法院关于限制被执行人高消费及有关消费的若干规定';
export const ENFORCEMENT_INTERPRETATION = '最高人民法院关于适用《民事诉讼法》执行程序若干问题的解释';
export const OBJECTION_RULES = '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定';
export const GOOD_FAITH_OPINION = '最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见（法发〔2019〕35号）';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'] as const;

/** 3 → '三': item and paragraph numbers as a Chinese citation writes them (1–11). */
export function zhNumeral(n: number): string {
  return NUMERALS[n - 1] ?? String(n);
}

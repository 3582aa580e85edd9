/**
 * Full titles of the rules the documents cite, written once. Article numbers follow the
 * 2023 amendment of the Civil Procedure Law (限制出境等 art. 266, 妨害执行 art. 114).
 */
export const CIVIL_PROCEDURE_LAW = '《中华人民共和国民事诉讼法》';
/** 失信规定 (法释〔2017〕7号). */
export const DISHONEST_LIST_RULES = '《最高人民法院关于公布失信被执行人名单信息的若干规定》';
/** 限高规定 (法释〔2015〕17号). */
export const CONSUMPTION_RULES = '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》';
/** 异议复议规定 (法释〔2015〕10号). */
export const OBJECTION_REVIEW_RULES = '《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》';
/** The platform on which listings are published (失信规定 art. 7). */
export const DISHONEST_LIST_PLATFORM = '全国法院失信被执行人名单信息公布与查询平台';
/** Who hears a reconsideration when the caller does not name the court. */
export const NEXT_HIGHER_COURT = '上一级人民法院';

/** Sample parties for the document tests: one full identity number that must never be printed. */
import { maskResidentId } from '@zhixing/domain';
import type { BoundPerson, OrganisationDebtor, PersonDebtor } from '../document-types.js';

export const FULL_ID = '210202198803151234';
export const MASKED_ID = maskResidentId(FULL_ID);
export const FULL_ID_OF_OFFICER = '210203197502286618';

export const COURT = {
  courtName: '辽宁省大连市中山区人民法院',
  caseNumber: '（2026）辽0202执123号',
  decisionDate: '2026-11-28',
} as const;

export const PERSON_DEBTOR: PersonDebtor = { kind: 'person', name: '张某某', idNumberMasked: MASKED_ID };

export const COMPANY_DEBTOR: OrganisationDebtor = {
  kind: 'organisation',
  name: '大连某某贸易有限公司',
  creditCode: '91210202MA0Y8K3X2Q',
  legalRepresentative: '李某',
};

export const OFFICERS: readonly BoundPerson[] = [
  { roleZh: '法定代表人', name: '李某', idNumberMasked: maskResidentId(FULL_ID_OF_OFFICER) },
  { roleZh: '实际控制人', name: '王某某', idNumberMasked: '2102**********0021' },
];

/** 限高规定 art. 3 ¶1 items (一)–(九). */
export const NINE_ACTS = [
  '乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位',
  '在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费',
  '购买不动产或者新建、扩建、高档装修房屋',
  '租赁高档写字楼、宾馆、公寓等场所办公',
  '购买非经营必需车辆',
  '旅游、度假',
  '子女就读高收费私立学校',
  '支付高额保费购买保险理财产品',
  '乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为',
].map((zh, i) => ({ item: i + 1, zh }));

/**
 * The two-level courts of Dalian (mission: the city's intermediate court and its district/county
 * courts). Case-number court codes follow the SPC case-number rules: province abbreviation 辽 and
 * the administrative division code without the province digits (大连 2102 → 辽02, 中山区 210202 →
 * 辽0202). Ids are the administrative division codes.
 */
export interface CourtSeed {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  level: 'intermediate' | 'basic';
  parentId: string | null;
}

export const DALIAN_COURTS: readonly CourtSeed[] = [
  { id: '2102', code: '辽02', name: '大连市中级人民法院', nameEn: 'Dalian Intermediate People\'s Court', level: 'intermediate', parentId: null },
  { id: '210202', code: '辽0202', name: '大连市中山区人民法院', nameEn: 'Zhongshan District People\'s Court', level: 'basic', parentId: '2102' },
  { id: '210203', code: '辽0203', name: '大连市西岗区人民法院', nameEn: 'Xigang District People\'s Court', level: 'basic', parentId: '2102' },
  { id: '210204', code: '辽0204', name: '大连市沙河口区人民法院', nameEn: 'Shahekou District People\'s Court', level: 'basic', parentId: '2102' },
  { id: '210211', code: '辽0211', name: '大连市甘井子区人民法院', nameEn: 'Ganjingzi District People\'s Court', level: 'basic', parentId: '2102' },
  { id: '210212', code: '辽0212', name: '大连市旅顺口区人民法院', nameEn: 'Lüshunkou District People\'s Court', level: 'basic', parentId: '2102' },
  { id: '210213', code: '辽0213', name: '大连市金州区人民法院', nameEn: 'Jinzhou District People\'s Court', level: 'basic', parentId: '2102' },
  { id: '210214', code: '辽0214', name: '大连市普兰店区人民法院', nameEn: 'Pulandian District People\'s Court', level: 'basic', parentId: '2102' },
  { id: '210224', code: '辽0224', name: '长海县人民法院', nameEn: 'Changhai County People\'s Court', level: 'basic', parentId: '2102' },
  { id: '210281', code: '辽0281', name: '瓦房店市人民法院', nameEn: 'Wafangdian People\'s Court', level: 'basic', parentId: '2102' },
  { id: '210283', code: '辽0283', name: '庄河市人民法院', nameEn: 'Zhuanghe People\'s Court', level: 'basic', parentId: '2102' },
];

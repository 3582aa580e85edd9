/**
 * The first two digits of an address code (GB/T 2260) name the province-level division. They
 * are the only part of the region code that can be checked without the full, yearly-changing
 * GB/T 2260 table, and a wrong province catches most mistyped leading digits.
 */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  // North China
  '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区',
  // North-east
  '21': '辽宁省', '22': '吉林省', '23': '黑龙江省',
  // East China
  '31': '上海市', '32': '江苏省', '33': '浙江省', '34': '安徽省', '35': '福建省', '36': '江西省', '37': '山东省',
  // Central and South China
  '41': '河南省', '42': '湖北省', '43': '湖南省', '44': '广东省', '45': '广西壮族自治区', '46': '海南省',
  // South-west
  '50': '重庆市', '51': '四川省', '52': '贵州省', '53': '云南省', '54': '西藏自治区',
  // North-west
  '61': '陕西省', '62': '甘肃省', '63': '青海省', '64': '宁夏回族自治区', '65': '新疆维吾尔自治区',
  // Taiwan (GB/T 2260 code 71).
  '71': '台湾省',
  // 81/82: residence permits for Hong Kong and Macao residents (港澳居民居住证, 810000/820000).
  '81': '香港特别行政区', '82': '澳门特别行政区',
  // 83: residence permits for Taiwan residents (台湾居民居住证, 830000).
  '83': '台湾地区（居住证）',
  // 91: foreigners' permanent residence ID card (2023 edition; its first digit 9 marks a foreigner).
  // The digits after the 9 are believed to be the issuing province, so cards from other provinces
  // would start 92–96; only 91 is admitted until that is confirmed against the official rule.
  '91': '外国人永久居留身份证',
};

export function isProvinceCode(code: string): boolean {
  return Object.hasOwn(PROVINCE_CODES, code);
}

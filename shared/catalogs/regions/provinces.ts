/**
 * The province-level divisions of GB/T 2260-2007 (中华人民共和国行政区划代码, in force 2008-02-01, with its
 * amendment No. 1 of 2016): the first two digits of a six-digit division code, which coincide with
 * ISO 3166-2:CN. The receiver's views label their province filter and breakdown with these names; a code not
 * listed shows as itself, never guessed. Source and the USCC's use of the code: docs/standards.md §7.
 */
export const PROVINCES_CATALOG = {
  id: 'gbt2260-2007-provinces',
  version: 1,
  provinces: [
    { code: '11', 'zh-CN': '北京市', 'en-US': 'Beijing' },
    { code: '12', 'zh-CN': '天津市', 'en-US': 'Tianjin' },
    { code: '13', 'zh-CN': '河北省', 'en-US': 'Hebei' },
    { code: '14', 'zh-CN': '山西省', 'en-US': 'Shanxi' },
    { code: '15', 'zh-CN': '内蒙古自治区', 'en-US': 'Inner Mongolia' },
    { code: '21', 'zh-CN': '辽宁省', 'en-US': 'Liaoning' },
    { code: '22', 'zh-CN': '吉林省', 'en-US': 'Jilin' },
    { code: '23', 'zh-CN': '黑龙江省', 'en-US': 'Heilongjiang' },
    { code: '31', 'zh-CN': '上海市', 'en-US': 'Shanghai' },
    { code: '32', 'zh-CN': '江苏省', 'en-US': 'Jiangsu' },
    { code: '33', 'zh-CN': '浙江省', 'en-US': 'Zhejiang' },
    { code: '34', 'zh-CN': '安徽省', 'en-US': 'Anhui' },
    { code: '35', 'zh-CN': '福建省', 'en-US': 'Fujian' },
    { code: '36', 'zh-CN': '江西省', 'en-US': 'Jiangxi' },
    { code: '37', 'zh-CN': '山东省', 'en-US': 'Shandong' },
    { code: '41', 'zh-CN': '河南省', 'en-US': 'Henan' },
    { code: '42', 'zh-CN': '湖北省', 'en-US': 'Hubei' },
    { code: '43', 'zh-CN': '湖南省', 'en-US': 'Hunan' },
    { code: '44', 'zh-CN': '广东省', 'en-US': 'Guangdong' },
    { code: '45', 'zh-CN': '广西壮族自治区', 'en-US': 'Guangxi' },
    { code: '46', 'zh-CN': '海南省', 'en-US': 'Hainan' },
    { code: '50', 'zh-CN': '重庆市', 'en-US': 'Chongqing' },
    { code: '51', 'zh-CN': '四川省', 'en-US': 'Sichuan' },
    { code: '52', 'zh-CN': '贵州省', 'en-US': 'Guizhou' },
    { code: '53', 'zh-CN': '云南省', 'en-US': 'Yunnan' },
    { code: '54', 'zh-CN': '西藏自治区', 'en-US': 'Tibet' },
    { code: '61', 'zh-CN': '陕西省', 'en-US': 'Shaanxi' },
    { code: '62', 'zh-CN': '甘肃省', 'en-US': 'Gansu' },
    { code: '63', 'zh-CN': '青海省', 'en-US': 'Qinghai' },
    { code: '64', 'zh-CN': '宁夏回族自治区', 'en-US': 'Ningxia' },
    { code: '65', 'zh-CN': '新疆维吾尔自治区', 'en-US': 'Xinjiang' },
    { code: '71', 'zh-CN': '台湾省', 'en-US': 'Taiwan' },
    { code: '81', 'zh-CN': '香港特别行政区', 'en-US': 'Hong Kong' },
    { code: '82', 'zh-CN': '澳门特别行政区', 'en-US': 'Macao' },
  ],
} as const;

export type ProvinceCode = (typeof PROVINCES_CATALOG.provinces)[number]['code'];

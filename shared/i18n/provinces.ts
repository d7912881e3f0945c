/**
 * The province names as message keys `filing.views.province.<code>`: read from the GB/T 2260 catalogue
 * (shared/catalogs/regions/provinces.ts), so each name is written once, beside its code.
 */
import { PROVINCES_CATALOG, type ProvinceCode } from '../catalogs/regions/provinces';
import type { Locale, MessageTable } from './define';

const namesIn = (locale: Locale) =>
  Object.fromEntries(PROVINCES_CATALOG.provinces.map((province) => [`filing.views.province.${province.code}`, province[locale]])) as Record<
    `filing.views.province.${ProvinceCode}`,
    string
  >;

export const provinceMessages: MessageTable<`filing.views.province.${ProvinceCode}`> = {
  'zh-CN': namesIn('zh-CN'),
  'en-US': namesIn('en-US'),
};

/**
 * Which inspection category a product counts under, and the per-core minimums its licences carry
 * (shared/catalogs/sam/inspection.ts, docs/standards.md §6). Read once per product family when the
 * position starts, never per installation.
 */
import { type InspectionCategory, type Product, normalizeKeyPart } from '../../contract/sam/schemas';
import { INSPECTION_CATALOG, type InspectionCatalog } from '../../catalogs/sam/inspection';

const HAS_CJK = /[\u4e00-\u9fff]/;

/** The product's inspection category; when it has none, the one its own free-text category names; else ''. */
export function categoryOf(
  product: Pick<Product, 'inspectionCategory' | 'category'>,
  catalog: InspectionCatalog = INSPECTION_CATALOG,
): InspectionCategory | '' {
  if (product.inspectionCategory !== '') return product.inspectionCategory;
  const text = normalizeKeyPart(product.category);
  if (text === '') return '';
  const words = new Set(text.split(/[^a-z0-9\u4e00-\u9fff]+/));
  for (const definition of catalog.categories) {
    // Chinese words may sit inside a longer phrase (桌面操作系统); Latin ones must be whole words ("os" is not in "cosmos").
    if (definition.words.some((word) => (HAS_CJK.test(word) ? text.includes(word) : words.has(word) || text === word)))
      return definition.code;
  }
  return '';
}

/**
 * The fewest cores one device's per-core licence counts: the product's own minimums when recorded, else the
 * catalog's for its publisher and name; 0 when none applies. The processors of a device are not recorded,
 * so a device counts as one processor: max(per-processor minimum, per-server minimum).
 */
export function coreMinimumOf(
  product: Pick<Product, 'publisher' | 'name' | 'minCoresPerProcessor' | 'minCoresPerServer'>,
  catalog: InspectionCatalog = INSPECTION_CATALOG,
): number {
  if (product.minCoresPerProcessor !== null || product.minCoresPerServer !== null)
    return Math.max(product.minCoresPerProcessor ?? 0, product.minCoresPerServer ?? 0);
  const publisher = normalizeKeyPart(product.publisher);
  const name = normalizeKeyPart(product.name);
  const entry = catalog.coreMinimums.find((minimum) => minimum.publishers.includes(publisher) && name.startsWith(minimum.namePrefix));
  return entry === undefined ? 0 : Math.max(entry.perProcessor, entry.perServer);
}

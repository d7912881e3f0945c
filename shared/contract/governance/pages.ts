/**
 * The renderer's routes for the pages that hold each domain's data. The readiness overview links a reason
 * to the page that fixes it, so the backend (which computes the links) and the renderer (which declares
 * the routes) read them from here. Pages of domains built elsewhere are named by their domain's root.
 */
export const PAGES = {
  cio: '/governance/cio',
  department: '/governance/department',
  performance: '/governance/performance',
  declarations: '/declarations',
  readiness: '/readiness',
  assessment: '/assessment',
  plan: '/plan',
  sam: '/sam',
  mlps: '/mlps',
  mlpsMechanisms: '/mlps-mechanisms',
  mlpsRemediation: '/mlps-remediation',
} as const;
export type PageId = keyof typeof PAGES;

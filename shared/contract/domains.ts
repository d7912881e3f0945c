/**
 * The method table a domain at a time, for the backend. Building every domain's zod schemas costs about a
 * third of a process start (some 4,400 schema objects), while a call needs one domain's: the CLI's `profile
 * show` two schemas, a backend worker none before it is ready. So the backend looks a method up here, and the
 * domain — the name's part before the first dot — is loaded at its first call and kept.
 *
 * `methods` (./index.ts) stays the whole table, for those that want every method at once: the renderer, the
 * schema generator, the tests. Nothing the backend or the CLI loads at start may import a domain's methods or
 * schemas statically (test/unit/startup-imports.test.ts); `import()` is what keeps them out of a start, and
 * esbuild keeps it lazy inside the bundles.
 */
import type { MethodName, Methods } from './index';
import type { MethodDomain } from './method-domains';

/** The methods of one domain: exactly those whose names start with `<domain>.`. */
export type DomainMethods<Domain extends MethodDomain> = Pick<Methods, Extract<MethodName, `${Domain}.${string}`>>;

/**
 * Where each domain's specs live. The type demands a loader per domain that yields every method of it, so a
 * method added to a domain's table is found here without a word; a new domain adds a line.
 */
const methodLoaders: { [Domain in MethodDomain]: () => Promise<DomainMethods<Domain>> } = {
  workspace: () => import('./workspace/methods').then((m) => m.workspaceMethods),
  jobs: () => import('./workspace/jobs').then((m) => m.jobsMethods),
  files: () => import('./files/methods').then((m) => m.filesMethods),
  attachments: () => import('./files/methods').then((m) => m.filesMethods),
  profile: () => import('./profile/methods').then((m) => m.profileMethods),
  governance: () => import('./governance/methods').then((m) => m.governanceMethods),
  readiness: () => import('./governance/methods').then((m) => m.readinessMethods),
  declarations: () => import('./declarations/methods').then((m) => m.declarationsMethods),
  assessment: () => import('./assessment/methods').then((m) => m.assessmentMethods),
  plan: () => import('./plan/methods').then((m) => m.planMethods),
  mlps: () => import('./mlps/methods').then((m) => m.mlpsMethods),
  sam: () => import('./sam/methods').then((m) => m.samMethods),
  reports: () => import('./reports/methods').then((m) => m.reportsMethods),
  filing: () => import('./filing/methods').then((m) => m.filingMethods),
  backup: () => import('./backup/methods').then((m) => m.backupMethods),
  audit: () => import('./audit/methods').then((m) => m.auditMethods),
};

/** Every method of a domain, its schemas built at the first ask. */
export function loadDomainMethods<Domain extends MethodDomain>(domain: Domain): Promise<DomainMethods<Domain>> {
  return methodLoaders[domain]();
}

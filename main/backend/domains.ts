/**
 * The registry of domains: their handlers and their sections of the canonical data JSON, each loaded with
 * `import()` when first needed — a domain's code pulls in its share of the contract's zod schemas, and a
 * start that loaded them all would pay a third of its time for domains the command never calls (see
 * shared/contract/domains.ts, and test/unit/startup-imports.test.ts, which holds the start-up path to it).
 * A new domain adds one line to each list.
 */
import type { MethodDomain } from '../../shared/contract/method-domains';
import type { DataSection, DomainHandlers } from './context';
import type { WorkspaceDeps } from './workspace';
import type { BackupDeps } from './backup';

/**
 * The sections in import order: a section may refer to rows of the sections before it. Loads every domain
 * that has data: only exporting, importing, reporting and filing need it.
 */
export async function loadDataSections(): Promise<readonly DataSection[]> {
  const [profile, files, governance, declarations, assessment, plan, mlps, sam] = await Promise.all([
    import('./profile'),
    import('./files'),
    import('./governance'),
    import('./declarations'),
    import('./assessment'),
    import('./plan'),
    import('./mlps'),
    import('./sam'),
  ]);
  return [
    profile.profileData,
    files.attachmentsData,
    governance.governanceData,
    declarations.declarationsData,
    // After attachments: a finalized assessment's hash covers its evidence files.
    assessment.assessmentTemplatesData,
    assessment.assessmentsData,
    plan.planPoliciesData,
    plan.plansData,
    mlps.mlpsData,
    sam.samData,
  ] as DataSection[];
}

/** What the backend gives the domains whose handlers depend on the running workspace. */
export interface DomainDeps {
  workspace: Omit<WorkspaceDeps, 'sections'>;
  /** Stops a running job; false when no job has that id. */
  cancelJob(jobId: string): boolean;
  backup: BackupDeps;
}

export type HandlerLoaders = { [Domain in MethodDomain]: () => Promise<DomainHandlers<Domain>> };

/** A loader per domain; the type demands one for every domain of the contract, yielding all its methods. */
export function handlerLoaders(deps: DomainDeps): HandlerLoaders {
  const files = async () => (await import('./files')).filesHandlers;
  return {
    workspace: async () => (await import('./workspace')).createWorkspaceHandlers({ ...deps.workspace, sections: loadDataSections }),
    jobs: async () => ({ 'jobs.cancel': ({ jobId }) => ({ cancelled: deps.cancelJob(jobId) }) }),
    files,
    attachments: files,
    profile: async () => (await import('./profile')).profileHandlers,
    governance: async () => (await import('./governance')).governanceHandlers,
    readiness: async () => (await import('./readiness')).readinessHandlers,
    declarations: async () => (await import('./declarations')).declarationsHandlers,
    assessment: async () => (await import('./assessment')).assessmentHandlers,
    plan: async () => (await import('./plan')).planHandlers,
    mlps: async () => (await import('./mlps')).mlpsHandlers,
    sam: async () => (await import('./sam')).samHandlers,
    reports: async () => (await import('./reports')).createReportsHandlers({ sections: await loadDataSections() }),
    // The filing package carries the data JSON of every section (the receiver's filings are not part of it).
    filing: async () => {
      const [{ createFilingHandlers }, sections] = await Promise.all([import('./filing'), loadDataSections()]);
      return createFilingHandlers(() => sections);
    },
    backup: async () => (await import('./backup')).createBackupHandlers(deps.backup),
    audit: async () => (await import('./audit')).auditHandlers,
  };
}

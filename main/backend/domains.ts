/**
 * The registry of domains: their handlers and their sections of the canonical data JSON.
 * A new domain adds one line to each list.
 */
import { assessmentHandlers, assessmentsData, assessmentTemplatesData } from './assessment';
import type { DataSection } from './context';
import { declarationsData, declarationsHandlers } from './declarations';
import { attachmentsData, filesHandlers } from './files';
import { governanceData, governanceHandlers } from './governance';
import { planHandlers, planPoliciesData, plansData } from './plan';
import { mlpsData, mlpsHandlers } from './mlps';
import { createFilingHandlers } from './filing';
import { profileData, profileHandlers } from './profile';
import { readinessHandlers } from './readiness';
import { createReportsHandlers } from './reports';
import { samData, samHandlers } from './sam';

/** Import order: a section may refer to rows of the sections before it. */
export const dataSections: readonly DataSection[] = [
  profileData as DataSection,
  attachmentsData as DataSection,
  governanceData as DataSection,
  declarationsData as DataSection,
  // After attachments: a finalized assessment's hash covers its evidence files.
  assessmentTemplatesData as DataSection,
  assessmentsData as DataSection,
  planPoliciesData as DataSection,
  plansData as DataSection,
  mlpsData as DataSection,
  samData as DataSection,
];

export const domainHandlers = {
  ...filesHandlers,
  ...profileHandlers,
  ...governanceHandlers,
  ...declarationsHandlers,
  ...readinessHandlers,
  ...assessmentHandlers,
  ...planHandlers,
  ...mlpsHandlers,
  ...samHandlers,
  ...createReportsHandlers({ sections: dataSections }),
  // The filing package carries the data JSON of every section above (the receiver's filings are not part of it).
  ...createFilingHandlers(() => dataSections),
};

/**
 * The registry of domains: their handlers and their sections of the canonical data JSON.
 * A new domain adds one line to each list.
 */
import type { DataSection } from './context';
import { attachmentsData, filesHandlers } from './files';
import { createFilingHandlers } from './filing';
import { profileData, profileHandlers } from './profile';

/** Import order: a section may refer to rows of the sections before it. */
export const dataSections: readonly DataSection[] = [profileData as DataSection, attachmentsData as DataSection];

export const domainHandlers = {
  ...filesHandlers,
  ...profileHandlers,
  // The filing package carries the data JSON of every section above (the receiver's filings are not part of it).
  ...createFilingHandlers(() => dataSections),
};

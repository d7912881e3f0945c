/**
 * The registry of domains: their handlers and their sections of the canonical data JSON.
 * A new domain adds one line to each list.
 */
import type { DataSection } from './context';
import { attachmentsData, filesHandlers } from './files';
import { profileData, profileHandlers } from './profile';
import { createReportsHandlers } from './reports';

/** Import order: a section may refer to rows of the sections before it. */
export const dataSections: readonly DataSection[] = [profileData as DataSection, attachmentsData as DataSection];

export const domainHandlers = {
  ...filesHandlers,
  ...profileHandlers,
  ...createReportsHandlers({ sections: dataSections }),
};

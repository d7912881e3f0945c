/**
 * The registry of domains: their handlers and their sections of the canonical data JSON.
 * A new domain adds one line to each list.
 */
import type { DataSection } from './context';
import { attachmentsData, filesHandlers } from './files';
import { mlpsData, mlpsHandlers } from './mlps';
import { profileData, profileHandlers } from './profile';

export const domainHandlers = {
  ...filesHandlers,
  ...profileHandlers,
  ...mlpsHandlers,
};

/** Import order: a section may refer to rows of the sections before it. */
export const dataSections: readonly DataSection[] = [profileData as DataSection, mlpsData as DataSection, attachmentsData as DataSection];

/**
 * The registry of domains: their handlers and their sections of the canonical data JSON.
 * A new domain adds one line to each list.
 */
import type { DataSection } from './context';
import { attachmentsData, filesHandlers } from './files';
import { profileData, profileHandlers } from './profile';
import { samData, samHandlers } from './sam';

export const domainHandlers = {
  ...filesHandlers,
  ...profileHandlers,
  ...samHandlers,
};

/** Import order: a section may refer to rows of the sections before it. */
export const dataSections: readonly DataSection[] = [profileData as DataSection, attachmentsData as DataSection, samData as DataSection];

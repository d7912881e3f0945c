import type { Command } from '../types';
import { governanceCommands } from './governance';
import { assessmentCommands } from './assessment';
import { planCommands } from './plan';
import { mlpsCommands } from './mlps';
import { consolidationCommands } from './consolidation';
import { filingCommands } from './filing';
import { profileCommands } from './profile';
import { reliabilityCommands } from './reliability';
import { reportsCommands } from './reports';
import { samCommands } from './sam';
import { workspaceCommands } from './workspace';

/** Every CLI command. A domain adds its list here. */
export const commands: Command[] = [
  ...profileCommands,
  ...workspaceCommands,
  ...assessmentCommands,
  ...planCommands,
  ...governanceCommands,
  ...samCommands,
  ...mlpsCommands,
  ...reportsCommands,
  ...filingCommands,
  ...consolidationCommands,
  ...reliabilityCommands,
];

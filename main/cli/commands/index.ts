import type { Command } from '../types';
import { governanceCommands } from './governance';
import { profileCommands } from './profile';
import { workspaceCommands } from './workspace';

/** Every CLI command. A domain adds its list here. */
export const commands: Command[] = [...profileCommands, ...governanceCommands, ...workspaceCommands];

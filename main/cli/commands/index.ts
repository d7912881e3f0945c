import type { Command } from '../types';
import { profileCommands } from './profile';
import { reportsCommands } from './reports';
import { workspaceCommands } from './workspace';

/** Every CLI command. A domain adds its list here. */
export const commands: Command[] = [...profileCommands, ...reportsCommands, ...workspaceCommands];

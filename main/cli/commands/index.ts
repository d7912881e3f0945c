import type { Command } from '../types';
import { mlpsCommands } from './mlps';
import { profileCommands } from './profile';
import { workspaceCommands } from './workspace';

/** Every CLI command. A domain adds its list here. */
export const commands: Command[] = [...profileCommands, ...mlpsCommands, ...workspaceCommands];

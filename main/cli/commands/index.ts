import type { Command } from '../types';
import { profileCommands } from './profile';
import { reliabilityCommands } from './reliability';
import { workspaceCommands } from './workspace';

/** Every CLI command. A domain adds its list here. */
export const commands: Command[] = [...profileCommands, ...workspaceCommands, ...reliabilityCommands];

import type { Command } from '../types';
import { profileCommands } from './profile';
import { samCommands } from './sam';
import { workspaceCommands } from './workspace';

/** Every CLI command. A domain adds its list here. */
export const commands: Command[] = [...profileCommands, ...samCommands, ...workspaceCommands];

import type { Command } from '../types';
import { filingCommands } from './filing';
import { profileCommands } from './profile';
import { workspaceCommands } from './workspace';

/** Every CLI command. A domain adds its list here. */
export const commands: Command[] = [...profileCommands, ...workspaceCommands, ...filingCommands];

/**
 * The single registry of `soothe` commands. Add a command: write scripts/commands/<name>.ts
 * exporting a `Command`, and add it here.
 */
import { classify } from './classify';
import { pack } from './pack';
import { parse } from './parse';
import { lintReply } from './lint-reply';
import { suggest } from './suggest';
import type { Command } from './types';

export const COMMANDS: Command[] = [classify, suggest, parse, lintReply, pack];

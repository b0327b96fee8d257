import type { z } from 'zod';
import { fieldsProblem } from './errors.js';

// One rule for every record that has a name and aliases — people and initiatives: no alias is the name itself, case
// aside (every lookup of them ignores case), since an alias is another spelling of the name (new-user trial 139 F11
// for people, trial 140 F9 for initiatives).

/** The message at an alias that is the name. */
export const aliasIsNameMessage = 'is the name itself: an alias is another spelling of it';

/** The index in `aliases` of the one that is `name` (case aside), or -1. */
export const aliasAsName = (name: string, aliases: readonly string[]): number =>
  aliases.findIndex((alias) => alias.toLowerCase() === name.toLowerCase());

/** A create body's refinement (zod `superRefine`): an issue at `aliases/<i>` for the alias that is the name. */
export function refineAliasesBesideName({ name, aliases }: { name: string; aliases: readonly string[] }, context: z.RefinementCtx): void {
  const at = aliasAsName(name, aliases);
  if (at >= 0) context.addIssue({ code: 'custom', path: ['aliases', at], message: aliasIsNameMessage });
}

/**
 * Throws 400 `validation_failed` when a record's name, after a patch, is one of its aliases after it: at the alias
 * when the patch sent `aliases` (`aliasesKept` false), else at `/name` (a new name that is an alias already). `record`
 * names the record in the message ("person", "initiative").
 */
export function assertAliasesBesideName(record: string, name: string, aliases: readonly string[], aliasesKept: boolean): void {
  const at = aliasAsName(name, aliases);
  if (at < 0) return;
  throw fieldsProblem('validation_failed', [
    aliasesKept
      ? { in: 'body', pointer: '/name', message: `is one of the ${record}'s aliases: send "aliases" without it along with the name` }
      : { in: 'body', pointer: `/aliases/${at}`, message: aliasIsNameMessage },
  ]);
}

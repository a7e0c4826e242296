// `frontline mentions <file|->`: the places a text names, with character offsets, as a JSON array.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CliIO, type CommandContext, parseArgs, printJson, UsageError } from '../io';

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { positional } = parseArgs(args, {});
  if (positional.length !== 1) throw new UsageError('usage: frontline mentions <file|->');
  const arg = positional[0]!;
  let text: string;
  if (arg === '-') {
    text = await io.stdin();
  } else {
    try {
      text = readFileSync(resolve(arg), 'utf8');
    } catch (e) {
      throw new UsageError(
        `cannot read ${arg}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
  }
  printJson(io, (await ctx.record()).gazetteer.mentions(text));
  return 0;
}

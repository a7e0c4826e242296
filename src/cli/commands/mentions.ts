// `frontline mentions <file|->`: the places a text names, with character offsets, as a JSON array.
import { type CliIO, type CommandContext, parseArgs, printJson, readTextArgument, UsageError } from '../io';

export const help = `The places a text names, in any spelling the gazetteer knows (Latin or Arabic), as a JSON array
of { place, start, end, text }: the place id and the character offsets of the words in the text.
<file> is a UTF-8 (or UTF-16 with a byte order mark) text file; "-" reads standard input.`;

export async function run(args: string[], io: CliIO, ctx: CommandContext): Promise<number> {
  const { positional } = parseArgs(args, {});
  if (positional.length !== 1) throw new UsageError('usage: frontline mentions <file|->');
  const text = await readTextArgument(positional[0]!, io);
  printJson(io, (await ctx.record()).gazetteer.mentions(text));
  return 0;
}

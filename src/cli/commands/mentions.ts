// `frontline mentions <file|->`: the places a text names, with character offsets, as a JSON array.
import { type CliIO, parseArgs, printJson, readTextArgument, UsageError } from '../io';
import { loadGazetteer } from '../load-geo';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional } = parseArgs(args, {});
  if (positional.length !== 1) throw new UsageError('usage: frontline mentions <file|->');
  const text = await readTextArgument(positional[0]!, io);
  printJson(io, loadGazetteer().mentions(text));
  return 0;
}

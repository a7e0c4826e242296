// Dispatches `frontline <command>` to src/cli/commands/<command>.ts. Each command module exports
// `run(args, io)`; modules load lazily so that `--help` and one command never pay for the others.
import { type CliIO, processIO, UsageError } from './io';
import { DataError } from '../core/types';

interface CommandInfo {
  usage: string;
  summary: string;
}

export const COMMANDS: Record<string, CommandInfo> = {
  geocode: {
    usage: 'geocode <name>',
    summary: 'the place a name means (any spelling, Latin or Arabic), with how it matched',
  },
  mentions: { usage: 'mentions <file|->', summary: 'the places a text mentions, with character offsets' },
  state: {
    usage: 'state --date YYYY-MM-DD',
    summary: "every place's faction, bloc, status and since-date, with sources",
  },
  timeline: { usage: 'timeline <place>', summary: "one place's control periods" },
  distance: {
    usage: 'distance <from> [<to>]',
    summary: 'WGS84 geodesic distance in km and miles (to defaults to Homs)',
  },
  export: {
    usage: 'export (--date YYYY-MM-DD | --timeline | --csv) [--out FILE]',
    summary: "GeoJSON of a day's state, of every control period, or CSV of the events",
  },
};

export function helpText(): string {
  return [
    'Usage: npx frontline <command> [options]',
    '',
    'Commands (each prints JSON or GeoJSON on stdout; errors go to stderr with a non-zero exit):',
    ...Object.values(COMMANDS).flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    '  --help',
    '      this text',
  ].join('\n');
}

interface CommandModule {
  run: (args: string[], io: CliIO) => Promise<number>;
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  if (!(name in COMMANDS)) {
    io.err(`frontline: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  try {
    const mod = await import(`./commands/${name}.ts`);
    return await (mod as CommandModule).run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof DataError) {
      io.err(`frontline ${name}: ${e.message}`);
      return e instanceof UsageError ? 2 : 1;
    }
    throw e;
  }
}

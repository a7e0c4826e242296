// Dispatches `frontline <command>` to src/cli/commands/<command>.ts. Each command module exports
// `run(args, io)`, and `help` (its options, said once): `frontline <command> --help` prints the module's help
// under its usage line here, so a command added later answers --help by exporting it. Modules load lazily
// so that `--help` and one command never pay for the others.
import { type CliIO, type CommandContext, OutputError, processIO, readRepoText, UsageError } from './io';
import { openRecordAt } from './record';
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
    summary: "WGS84 geodesic distance in km and miles (to defaults to the record's target)",
  },
  export: {
    usage:
      'export (--date YYYY-MM-DD [--target PLACE] [--ruler "lon,lat;lon,lat"] [--layer places|areas|lines] | --timeline | --csv [--bom]) [--out FILE|-] [--format geojson|fgb|kml|csv] [--force]',
    summary:
      "a day's state, every control period (GeoJSON, FlatGeobuf or KML), or the events (CSV); the format follows --out's extension",
  },
  propose: {
    usage: 'propose <file|-> --published YYYY-MM-DD [--source <id>]',
    summary: 'the changes a news report describes, as proposed events with quote, day, side and cue',
  },
  compare: {
    usage: 'compare --from YYYY-MM-DD --to YYYY-MM-DD [--format geojson|kml|json] [--out FILE]',
    summary: 'what changed between two dates: places that changed hands, areas gained and lost by each side',
  },
  render: {
    usage: 'render --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.webm|FILE.gif [--fps N] [--size WxH]',
    summary:
      'the advance as a video (WebM) or GIF, drawn frame by frame by the built app in headless Chromium',
  },
};

export function helpText(): string {
  return [
    'Usage: npx frontline <command> [options]',
    '',
    'Commands (each prints JSON or GeoJSON on stdout; errors go to stderr with a non-zero exit):',
    ...Object.values(COMMANDS).flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    'Options of every command:',
    '  --record <dir>',
    "      run on the record in <dir> (its data/ and geo/ folders) instead of the repository's own",
    '  --help',
    "      this text; `frontline <command> --help` gives the command's own options",
    '  --version',
    "      frontline's version",
  ].join('\n');
}

interface CommandModule {
  run: (args: string[], io: CliIO, ctx: CommandContext) => Promise<number>;
  /** The command's options and what it prints; main adds the usage line. */
  help?: string;
}

/** `frontline <command> --help`: the usage line, the module's own help (or the summary), the common options. */
export function commandHelp(name: string, mod: Pick<CommandModule, 'help'>): string {
  const c = COMMANDS[name]!;
  return [
    `Usage: npx frontline ${c.usage}`,
    '',
    mod.help ?? c.summary,
    '',
    'Options of every command: --record <dir> (run on another record), --help.',
  ].join('\n');
}

/** The package's version, from package.json at the repository root. */
export function version(): string {
  return (JSON.parse(readRepoText('package.json')) as { version: string }).version;
}

/** `--record <dir>` (or `--record=<dir>`) anywhere on the line: before the command or among its options. */
function takeRecordOption(argv: string[]): { dir: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--record') {
      dir = argv[++i];
      if (dir === undefined) throw new UsageError('--record needs a folder');
    } else if (a.startsWith('--record=')) dir = a.slice('--record='.length);
    else rest.push(a);
  }
  return { dir, rest };
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let parsed: ReturnType<typeof takeRecordOption>;
  try {
    parsed = takeRecordOption(argv);
  } catch (e) {
    io.err(`frontline: ${(e as Error).message}`);
    return 2;
  }
  const [name, ...rest] = parsed.rest;
  const ctx: CommandContext = { record: () => openRecordAt(parsed.dir) };
  if (name === '--version') {
    io.out(`frontline ${version()}`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return name ? 0 : 2;
  }
  if (!(name in COMMANDS)) {
    io.err(`frontline: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  try {
    const mod = (await import(`./commands/${name}.ts`)) as CommandModule;
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(commandHelp(name, mod));
      return 0;
    }
    return await mod.run(rest, io, ctx);
  } catch (e) {
    if (e instanceof UsageError || e instanceof DataError || e instanceof OutputError) {
      io.err(`frontline ${name}: ${e.message}`);
      return e instanceof UsageError ? 2 : 1;
    }
    throw e;
  }
}

#!/usr/bin/env node
// The `frontline` command. It runs the CLI compiled to JavaScript in dist-cli/ (scripts/build-cli.mjs, run by
// `npm install` as `prepare`, or `npm run build:cli`), so Node alone runs it: tsx is only a dev tool.
import { existsSync } from 'node:fs';

// A reader that stops early (`| head`, `| ogrinfo -so`) closes the pipe: that ends the command quietly, as
// Unix tools do, instead of an unhandled EPIPE.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const compiled = new URL('../dist-cli/main.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write(
    'frontline: the compiled command (dist-cli/main.js) is missing. Build it with `npm run build:cli`\n' +
      '(it needs the dev dependencies: run `npm install` first).\n',
  );
  process.exit(1);
}
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv.slice(2));

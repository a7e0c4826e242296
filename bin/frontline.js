#!/usr/bin/env node
// The `frontline` command. The CLI is TypeScript run through tsx, so there is no build step between
// editing src/ and running a command; tsx is a runtime dependency for this reason.
import { register } from 'tsx/esm/api';

register();
// A reader that stops early (`| head`, `| ogrinfo -so`) closes the pipe: that ends the command quietly, as
// Unix tools do, instead of an unhandled EPIPE.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

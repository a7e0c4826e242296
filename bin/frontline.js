#!/usr/bin/env node
// The `frontline` command. The CLI is TypeScript run through tsx, so there is no build step between
// editing src/ and running a command; tsx is a runtime dependency for this reason.
import { register } from 'tsx/esm/api';

// A reader that stops early (`frontline export --csv | head`) closes the pipe: that ends the output, it is
// not an error worth a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

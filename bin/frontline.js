#!/usr/bin/env node
// The `frontline` command. The CLI is TypeScript run through tsx, so there is no build step between
// editing src/ and running a command; tsx is a runtime dependency for this reason.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

/**
 * The `jamsostek` command (package.json `bin`): runs one command line and exits with its code. Ctrl-C
 * asks the running command to stop cleanly; a second Ctrl-C stops at once.
 *
 * @internal
 * @module
 */
import { run } from './run.ts';

const controller = new AbortController();
let interrupts = 0;
process.on('SIGINT', () => {
  interrupts++;
  if (interrupts > 1) process.exit(130);
  controller.abort();
});

// A reader that stops early (`jamsostek rules --format csv | head`) closes the pipe: the output is no
// longer wanted, so the command stops quietly, as other command-line tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  controller.abort();
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  signal: controller.signal,
  now: () => performance.now(),
  stdin: process.stdin,
});

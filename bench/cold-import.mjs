/**
 * A cold import: imports the given modules, in order, in this fresh process and prints, as JSON, how
 * long the import took (wall-clock and CPU time of this process). With --count it instead counts the
 * module files loaded (through a loader hook, which slows loading: never timed).
 *
 * Usage: node bench/cold-import.mjs [--count] <specifier or file URL>...
 */
const args = process.argv.slice(2);
const count = args[0] === '--count';
const specifiers = count ? args.slice(1) : args;

if (count) {
  const { register } = await import('node:module');
  const { MessageChannel } = await import('node:worker_threads');
  const { port1, port2 } = new MessageChannel();
  const urls = [];
  port1.on('message', (url) => urls.push(url));
  const hooks = `let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, {
    data: { port: port2 },
    transferList: [port2],
  });
  for (const s of specifiers) await import(s);
  await new Promise((resolve) => setTimeout(resolve, 50));
  port1.close();
  const files = urls.filter((u) => u.startsWith('file:'));
  console.log(
    JSON.stringify({
      files: files.length,
      dependencyFiles: files.filter((u) => u.includes('/node_modules/')).length,
    }),
  );
} else {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const s of specifiers) await import(s);
  const importMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  console.log(JSON.stringify({ importMs, cpuMs: (c.user + c.system) / 1000 }));
}

/**
 * Loading an optional peer dependency (csv-parse, hucre) on first use, with a clear error when it is
 * not installed.
 *
 * @internal
 * @module
 */
import { JamsostekError } from '../errors.ts';

/** True for the errors Node and bundlers raise for a module that is not installed. */
function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  const message = String((e as { message?: unknown } | null)?.message ?? e);
  return (
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'MODULE_NOT_FOUND' ||
    /cannot find (module|package)|failed to (resolve|fetch dynamically imported) module/i.test(message)
  );
}

/**
 * @internal Imports an optional peer dependency. When it is not installed, throws `INVALID_INPUT`
 * naming the package and the install command, instead of a module-not-found stack.
 */
export async function loadPeer<T>(
  load: () => Promise<T>,
  peer: string,
  range: string,
  entry: string,
): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (!isNotFound(e)) throw e;
    throw new JamsostekError(
      'INVALID_INPUT',
      `${entry} needs the package ${peer}, an optional peer dependency that is not installed: run \`npm install ${peer}@${range}\``,
      {
        issues: [
          { path: [], message: `needs ${peer}@${range} (npm install ${peer}@${range})`, received: peer },
        ],
        details: { what: `${entry} (optional peer dependency ${peer})` },
      },
    );
  }
}

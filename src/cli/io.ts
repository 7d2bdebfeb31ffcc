/**
 * What the command line reads and writes, passed in so that tests run it in-process.
 *
 * @internal
 * @module
 */

/** A place to write text. */
export interface CliStream {
  write(text: string): unknown;
  /** Whether it is a terminal (progress bars are drawn only then). */
  readonly isTTY?: boolean | undefined;
  /** Width of the terminal, if known. */
  readonly columns?: number | undefined;
}

/** The world of one run of the command line. */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** The directory relative paths are read from. */
  readonly cwd: string;
  /** Aborted when the user presses Ctrl-C. */
  readonly signal?: AbortSignal | undefined;
  /** A monotonic clock in milliseconds (progress rates). */
  readonly now: () => number;
  /** Standard input, for `explain -`. */
  readonly stdin?: AsyncIterable<string | Uint8Array> | undefined;
}

/** Exit codes: what failed. */
export const EXIT: {
  readonly ok: 0;
  readonly input: 1;
  readonly usage: 2;
  readonly notInForce: 3;
  readonly io: 4;
  readonly interrupted: 130;
} = Object.freeze({
  /** Done. */
  ok: 0,
  /** The input was refused (`INVALID_INPUT`, `OUT_OF_RANGE`, `INVALID_RULEBOOK`). */
  input: 1,
  /** The command line itself is wrong: unknown command or option, missing value. */
  usage: 2,
  /** No rule is in force for the month or date asked about (`RULE_NOT_IN_FORCE`). */
  notInForce: 3,
  /** A file could not be read or written. */
  io: 4,
  /** Stopped by Ctrl-C. */
  interrupted: 130,
});

/** A usage error: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  readonly command: string;
  constructor(message: string, command: string) {
    super(message);
    this.command = command;
  }
}

/** A file error: exit code 4. */
export class FileError extends Error {}

/** The run was interrupted: exit code 130. */
export class Interrupted extends Error {}

/**
 * Input schemas without a schema library in their types: each calculator's input can be checked
 * before it is sent (a form, an API handler) and gives the same issues the calculator would throw.
 * Every schema is also a Standard Schema (v1), so form and API libraries that accept one accept it.
 *
 * @module
 */
import type * as z from 'zod/mini';
import { type InputIssue, invalidInput } from '../errors.ts';
import { copyData, toIssues } from './validate.ts';

/** An issue in the shape of the Standard Schema specification. */
export interface StandardIssue {
  /** What is wrong. */
  readonly message: string;
  /** Where, as property keys from the input's root. */
  readonly path?: readonly PropertyKey[] | undefined;
}

/** A successful Standard Schema result. */
export interface StandardSuccess<Output> {
  /** The parsed value. */
  readonly value: Output;
  /** Absent on success. */
  readonly issues?: undefined;
}

/** A failed Standard Schema result. */
export interface StandardFailure {
  /** Every problem. */
  readonly issues: readonly StandardIssue[];
}

/** The result of a Standard Schema `validate`. */
export type StandardResult<Output> = StandardSuccess<Output> | StandardFailure;

/** The types a Standard Schema carries, for inference only. */
export interface StandardTypes<Input, Output> {
  /** The input type. */
  readonly input: Input;
  /** The output type. */
  readonly output: Output;
}

/** The `~standard` property of a Standard Schema (v1). */
export interface StandardProps<Input, Output> {
  /** The specification's version. */
  readonly version: 1;
  /** The library that made the schema (`'jamsostek'`). */
  readonly vendor: string;
  /** Checks a value. */
  readonly validate: (value: unknown) => StandardResult<Output>;
  /** Carries the types; never set at run time. */
  readonly types?: StandardTypes<Input, Output> | undefined;
}

/** A successful {@link InputSchema.safeParse}. */
export interface ParseSuccess<T> {
  /** True. */
  readonly success: true;
  /** The parsed input. */
  readonly data: T;
}

/** A failed {@link InputSchema.safeParse}. */
export interface ParseFailure {
  /** False. */
  readonly success: false;
  /** Every problem, with its path. */
  readonly issues: readonly InputIssue[];
}

/** The outcome of {@link InputSchema.safeParse}. */
export type ParseResult<T> = ParseSuccess<T> | ParseFailure;

/**
 * The schema of a calculator's input: `safeParse` returns every problem as the {@link InputIssue}s
 * the calculator would throw; `parse` throws them as `INVALID_INPUT`. A Standard Schema (v1).
 */
export interface InputSchema<T> {
  /** The Standard Schema interface. */
  readonly '~standard': StandardProps<T, T>;
  /** Checks `value`: the parsed input, or every issue with its path. */
  safeParse(value: unknown): ParseResult<T>;
  /** The parsed input; throws `JamsostekError` `INVALID_INPUT` listing every issue. */
  parse(value: unknown): T;
}

/** @internal Wraps a private zod schema as an {@link InputSchema}. */
export function inputSchema<T>(schema: z.ZodMiniType<T>, what: string): InputSchema<T> {
  const safeParse = (value: unknown): ParseResult<T> => {
    const r = schema.safeParse(value, { reportInput: true });
    return r.success
      ? { success: true, data: copyData(r.data) }
      : { success: false, issues: toIssues(r.error.issues) };
  };
  return Object.freeze({
    '~standard': Object.freeze({
      version: 1 as const,
      vendor: 'jamsostek',
      validate: (value: unknown): StandardResult<T> => {
        const r = safeParse(value);
        return r.success ? { value: r.data } : { issues: r.issues };
      },
    }),
    safeParse,
    parse(value: unknown): T {
      const r = safeParse(value);
      if (!r.success) invalidInput(r.issues, what);
      return r.data;
    },
  });
}

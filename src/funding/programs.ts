/**
 * The schema of the programs a premium pays for, shared by program funding and rosters.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { BPU_PROGRAMS, type BpuProgram } from '../contributions/bpu/types.ts';

/** @internal BPU programs as the BPU calculator accepts them. */
export const programsSchema: z.ZodMiniType<BpuProgram[]> = /* @__PURE__ */ z
  .array(z.enum(BPU_PROGRAMS))
  .check(
    z.refine((a) => new Set(a).size === a.length, { message: 'must not repeat a program' }),
    z.refine((a) => a.includes('JKK') === a.includes('JKM'), {
      message: 'JKK and JKM are joined together (PP 44/2015 Pasal 4 ayat (2))',
    }),
    z.refine((a) => a.length > 0, { message: 'must name at least one program' }),
  );

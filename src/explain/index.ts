export type { Basis, BasisParam, BasisStep, Explainable, Notice } from './basis.ts';
export { explain } from './explain.ts';
export { type ExplainOptions, formatCitation } from './render.ts';

export type { Basis, BasisParam, BasisStep, Explainable, Notice } from './basis.ts';
export { type ExplainOptions, explain, formatCitation } from './render.ts';

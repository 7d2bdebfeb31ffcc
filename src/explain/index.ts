export type { Basis, BasisParam, BasisParams, BasisStep, Explainable, Notice } from './basis.ts';
export type { NoticeCode, StepCode, TitleCode } from './codes.ts';

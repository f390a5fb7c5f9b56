export { findFigures, warmUp } from './figures.js';
export type { FigureCandidate, FigureKind, FigureQualifier, FigureValidTime, FigureValue, FindFiguresOptions } from './types.js';

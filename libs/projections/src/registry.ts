import { editorialProjection } from './editorial/editorial.projection.js';
import { factViewsProjection } from './fact-views.projection.js';
import type { Projection } from './projection.js';
import { searchProjection } from './search/search.projection.js';

/**
 * Every projection factlog runs, in the order they start: the API's inline projector, the
 * projector app and the command-line tools all take them from here.
 */
export const PROJECTIONS: readonly Projection[] = [factViewsProjection, editorialProjection, searchProjection];

/** The projection with this name, if there is one. */
export const projectionNamed = (name: string): Projection | undefined => PROJECTIONS.find((p) => p.name === name);

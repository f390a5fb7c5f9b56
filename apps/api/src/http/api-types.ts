import openapiTS, { astToString } from 'openapi-typescript';

/** Where the TypeScript types of the API are kept: the web UI and the typed client example use them. */
export const API_TYPES_FILE = 'apps/web/src/api/openapi.ts';

const HEADER = '// Generated from the OpenAPI document by openapi-typescript (npm run build); do not edit.\n\n';

/** The API's TypeScript types (paths, components, operations) from its OpenAPI document. */
export async function apiTypes(document: object): Promise<string> {
  return HEADER + astToString(await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true }));
}

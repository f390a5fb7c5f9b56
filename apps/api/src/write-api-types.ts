import { writeFile } from 'node:fs/promises';
import { createApp } from './app.js';
import { API_TYPES_FILE, apiTypes } from './http/api-types.js';
import { openApiDocument } from './http/openapi-document.js';

// Writes the API's TypeScript types from the document the app serves (npm run build). The app is
// assembled and never started: describing the routes asks nothing of the database.
const app = await createApp({ databaseUrl: 'postgres://unused@127.0.0.1:9/unused', logLevel: 'silent', runProjector: false, webRoot: '/nonexistent' });
try {
  await writeFile(API_TYPES_FILE, await apiTypes(openApiDocument(app)));
} finally {
  await app.close();
}

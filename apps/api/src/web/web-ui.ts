import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Where `npm run build` puts the web UI, dist/web, seen from the build or from the sources (tests). */
export function findWebRoot(): string | undefined {
  for (const candidate of ['../../../../web/', '../../../../dist/web/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return undefined;
}

/**
 * Serves the editorial web UI at `/`: only the files the build made, so every other path stays
 * with the API (and its problem+json 404). The UI reads everything through /v1 like any client.
 */
export async function serveWebUi(app: NestFastifyApplication, root = findWebRoot()): Promise<boolean> {
  if (!root) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: 'index.html',
    // A second instance beside the docs' own: the reply decorators belong to the first.
    decorateReply: false,
    // max-age=0 (the default): the file names stay the same between builds, so browsers revalidate.
    maxAge: 0,
    // Source maps would hand out the UI's sources: never served, even if a build left one there.
    allowedPath: (pathName: string) => !pathName.endsWith('.map'),
  });
  return true;
}

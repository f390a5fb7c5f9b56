import { createReadStream, createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { extract } from 'tar-fs';

/** Where a test run found its browser, and what that browser needs in its environment. */
interface ChromiumBuild {
  executablePath: string;
  env?: Record<string, string>;
}

// A system Chromium (Debian's `apt-get install chromium`) is the first choice after CHROMIUM_PATH:
// it is the one a developer also uses by hand.
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function isExecutableFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function systemChromium(): string | undefined {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => [join(dir, 'chromium'), join(dir, 'chromium-browser')]);
  return [...onPath, ...SYSTEM_CHROMIUM].find(isExecutableFile);
}

const nodeModules = new URL('../../node_modules/', import.meta.url);
const packageDir = fileURLToPath(new URL('@sparticuz/chromium/', nodeModules));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
const cacheDir = fileURLToPath(new URL(`.cache/factlog-chromium/${version}`, nodeModules));

/**
 * The Chromium shipped brotli-compressed in @sparticuz/chromium (an npm dependency, so `npm ci`
 * brings it), unpacked once per version. Its NSS and expat libraries come along, so a machine with
 * nothing but Node runs it. Several test files may unpack at once: each unpacks to a directory of
 * its own and the first rename wins.
 */
async function packagedChromium(): Promise<ChromiumBuild> {
  const build: ChromiumBuild = {
    executablePath: join(cacheDir, 'chromium'),
    env: {
      LD_LIBRARY_PATH: [join(cacheDir, 'lib'), cacheDir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      FONTCONFIG_PATH: cacheDir,
    },
  };
  if (existsSync(build.executablePath)) return build;
  await mkdir(dirname(cacheDir), { recursive: true });
  const staging = await mkdtemp(`${cacheDir}.unpacking-`);
  try {
    const bin = join(packageDir, 'bin');
    await Promise.all([
      pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(staging, 'chromium'), { mode: 0o755 })),
      ...['al2023', 'fonts', 'swiftshader'].map((archive) =>
        pipeline(createReadStream(join(bin, `${archive}.tar.br`)), createBrotliDecompress(), extract(staging)),
      ),
    ]);
    // The package's fonts.conf names AWS Lambda's folders: point fontconfig at the fonts unpacked here.
    const fontsConf = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${join(cacheDir, 'fonts')}</dir><cachedir>${join(cacheDir, 'fonts-cache')}</cachedir></fontconfig>\n`;
    await writeFile(join(staging, 'fonts.conf'), fontsConf);
    await rename(staging, cacheDir).catch((error: NodeJS.ErrnoException) => {
      if (!existsSync(build.executablePath)) throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return build;
}

/** CHROMIUM_PATH if set, else a system Chromium, else the one shipped in node_modules. */
export async function findChromium(): Promise<ChromiumBuild> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!isExecutableFile(chosen)) throw new Error(`CHROMIUM_PATH names ${chosen}, which is not a file`);
    return { executablePath: chosen };
  }
  const system = systemChromium();
  return system ? { executablePath: system } : packagedChromium();
}

/** A headless Chromium for the browser tests. */
export async function launchChromium(): Promise<Browser> {
  const build = await findChromium();
  return chromium.launch({
    executablePath: build.executablePath,
    env: build.env ? { ...process.env, ...build.env } : undefined,
    headless: true,
    // Tests run as root in CI containers, where Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--font-render-hinting=none'],
  });
}

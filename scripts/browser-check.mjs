// Browser check: serves browser/, dist/ and node_modules/ read-only on 127.0.0.1, opens
// browser/index.html in headless Chromium through playwright-core, checks the rendered figures and
// their citations, fails on any page error, console error or failed request, and saves a full-page
// screenshot to test-results/browser.png. Needs `npm run build` first (the page imports dist/index.js).
//
//   CHROMIUM_PATH=/usr/bin/chromium node scripts/browser-check.mjs
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OVERALL_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 20_000;
const ALLOWED = ['/browser/', '/dist/', '/node_modules/'];
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const expected = {
  premiumTotal: 'Rp16.800',
  jkmTotal: 'Rp42.000.000',
  premiumCitation: 'PP 44/2015 Pasal 20 ayat (3)',
  jkmCitation: 'PP 82/2019 Pasal 34 ayat (1)',
};

/** Resolves a request path to a file under the repository, or undefined when it is not served. */
function resolvePath(url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const normal = posix.normalize(pathname);
  if (normal.split('/').includes('..')) return undefined;
  if (!ALLOWED.some((prefix) => normal.startsWith(prefix))) return undefined;
  return join(root, normal.endsWith('/') ? `${normal}index.html` : normal);
}

function startServer() {
  const server = createServer(async (req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    const file = resolvePath(req.url);
    if (!file) return send(404, 'not found');
    try {
      if (!(await stat(file)).isFile()) return send(404, 'not found');
      send(200, await readFile(file), MIME[extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** What passed and what failed; kept outside `check` so a thrown error still reports the rest. */
const checked = [];
const problems = [];

async function check() {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    throw new Error('dist/index.js is missing: run `npm run build` first');
  }
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  let server;
  let browser;
  try {
    server = await startServer();
    const { port } = server.address();
    const url = `http://127.0.0.1:${port}/browser/index.html`;
    browser = await chromium.launch({
      executablePath,
      timeout: STEP_TIMEOUT_MS,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    });
    console.log(`chromium ${browser.version()} (${executablePath})`);
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) =>
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#status:not([data-state="pending"])');
    const status = (await page.textContent('#status'))?.trim();
    const texts = {};
    for (const id of ['premium-total', 'premium-explanation', 'jkm-total', 'jkm-explanation']) {
      texts[id] = ((await page.textContent(`#${id}`)) ?? '').trim();
    }

    const expect = (label, ok, detail) => {
      if (ok) checked.push(label);
      else problems.push(`${label}: ${detail}`);
    };
    expect('status is ok', status === 'ok', `got ${JSON.stringify(status)}`);
    expect(
      `#premium-total is ${expected.premiumTotal}`,
      texts['premium-total'] === expected.premiumTotal,
      `got ${JSON.stringify(texts['premium-total'])}`,
    );
    expect(
      `#jkm-total is ${expected.jkmTotal}`,
      texts['jkm-total'] === expected.jkmTotal,
      `got ${JSON.stringify(texts['jkm-total'])}`,
    );
    expect(
      `#premium-explanation cites ${expected.premiumCitation}`,
      texts['premium-explanation'].includes(expected.premiumCitation),
      'citation not found',
    );
    expect(
      '#premium-explanation is in Indonesian (Iuran JKM tetap: Rp6.800)',
      texts['premium-explanation'].includes('Iuran JKM tetap: Rp6.800'),
      'Indonesian line not found',
    );
    expect(
      `#jkm-explanation cites ${expected.jkmCitation}`,
      texts['jkm-explanation'].includes(expected.jkmCitation),
      'citation not found',
    );

    const screenshot = join(root, 'test-results', 'browser.png');
    await mkdir(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true, timeout: STEP_TIMEOUT_MS });
    checked.push('full-page screenshot saved to test-results/browser.png');
  } finally {
    await browser?.close().catch(() => {});
    if (server) {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    }
  }
}

const overall = setTimeout(() => {
  console.error(`browser check: FAIL (timed out after ${OVERALL_TIMEOUT_MS / 1000} s)`);
  process.exit(1);
}, OVERALL_TIMEOUT_MS);

try {
  await check();
} catch (error) {
  problems.push(`error: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  clearTimeout(overall);
}
for (const line of checked) console.log(`  ok    ${line}`);
for (const line of problems) console.log(`  FAIL  ${line}`);
if (problems.length > 0) {
  console.error(`browser check: FAIL (${problems.length} problem(s))`);
  process.exitCode = 1;
} else {
  console.log(`browser check: ok (${checked.length} checks, no page or console errors)`);
}

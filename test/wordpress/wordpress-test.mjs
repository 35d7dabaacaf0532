// The WordPress plugin against a real WordPress: Debian's `wordpress` and `mariadb-server`
// (installed when missing, as root), a MariaDB of its own in a temporary folder on a socket,
// WordPress under `php -S` on loopback, the plugin from dist/stemhulp-widget-wordpress.zip.
// Chromium then installs WordPress, activates the plugin, fills its settings page, writes a
// post with the shortcode and one with two blocks as an Editor who lacks unfiltered_html
// (in a Dutch admin), and does a whole stemhulp on the published post, up to the result's
// tools. An administrator who lacks unfiltered_html tries to set the widget's script
// address to a script of their own. Prints "N passed, N failed" last.
//
//   npm run build && node test/wordpress/wordpress-test.mjs
//
// Everything it starts (MariaDB, php, Chromium) is stopped and its files removed at the end,
// also on failure or Ctrl-C. Screenshots go to screenshots/wordpress-*.png.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../harness/chromium-path.mjs';

const WP = '/usr/share/wordpress';
// A name of its own, so Debian's per-host config file cannot clash with a real site's, nor
// with another run of this test at the same time.
const HOST = `stemhulp-wp-${process.pid}.localhost`;
const CONFIG = `/etc/wordpress/config-${HOST}.php`;
const zip = resolve('dist/stemhulp-widget-wordpress.zip');
const shots = resolve('screenshots');
// The one version of the plugin: package.json's, written into the plugin by the build.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const results = [];
const cleanups = [];

function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'ok' : 'FAILED'} - ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

function has(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function phpHasMysqli() {
  try {
    return execFileSync('php', ['-m'], { encoding: 'utf8' }).split('\n').includes('mysqli');
  } catch {
    return false;
  }
}

const packages = ['wordpress', 'wordpress-l10n', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];

/** Debian's packages, when this machine lacks them (a fresh CI machine does). */
function ensurePackages() {
  const files = ['wp-settings.php', 'wp-content/languages/nl_NL.mo', 'wp-content/themes/twentytwentythree/theme.json'];
  if (files.every((f) => existsSync(`${WP}/${f}`)) && has('mariadbd') && has('mariadb-install-db') && has('php') && phpHasMysqli()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`WordPress is not installed: run as root, or \`apt-get install -y ${packages.join(' ')}\``);
  }
  console.log('# installing wordpress, mariadb-server and php from Debian');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Debian starts Apache and MariaDB as services on install; this test runs its own and
  // must leave nothing running, so the packages' services are not started (policy-rc.d).
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => res(port));
    });
    s.on('error', rej);
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, test, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await test().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/**
 * Starts a process in its own group and registers stopping the whole group.
 * @param {string} cmd
 * @param {string[]} args
 * @param {boolean} [logFile] keep its output, for `log()`
 * @returns {import('node:child_process').ChildProcess & { log?: () => string }}
 */
function start(cmd, args, logFile) {
  /** @type {import('node:child_process').StdioOptions} */
  const out = logFile ? ['ignore', 'pipe', 'pipe'] : 'ignore';
  /** @type {import('node:child_process').ChildProcess & { log?: () => string }} */
  const child = spawn(cmd, args, { detached: true, stdio: out });
  if (logFile) {
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.log = () => Buffer.concat(chunks).toString();
  }
  cleanups.push(async () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const end = Date.now() + 10000;
    while (child.exitCode === null && Date.now() < end) await sleep(100);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  });
  return child;
}

async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (e) {
      console.error(`# cleanup: ${e.message}`);
    }
  }
}

async function startMariadb(dir) {
  const data = join(dir, 'db');
  const socket = join(dir, 'mysql.sock');
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  const db = start('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(dir, 'mysql.pid')}`, '--skip-networking', '--user=root'], true);
  await waitFor('MariaDB', async () => {
    if (db.exitCode !== null) throw new Error(`mariadbd exited: ${db.log()}`);
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], {
      stdio: 'ignore',
    });
    return true;
  });
  return socket;
}

function writeSite(dir, socket, port) {
  const content = join(dir, 'wp-content');
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  symlinkSync(`${WP}/wp-content/themes`, join(content, 'themes'));
  // Debian's translations of WordPress itself, so the site can be switched to Dutch.
  symlinkSync(`${WP}/wp-content/languages`, join(content, 'languages'));
  // The one user who may post unfiltered HTML here (as a network's super admin would be);
  // DISALLOW_UNFILTERED_HTML below takes the right from everyone else, administrators too.
  mkdirSync(join(content, 'mu-plugins'));
  writeFileSync(
    join(content, 'mu-plugins', 'test-webmaster.php'),
    `<?php
add_filter('map_meta_cap', function ($caps, $cap, $user_id) {
  $user = 'unfiltered_html' === $cap ? get_userdata($user_id) : false;
  return $user && 'webmaster' === $user->user_login ? array('unfiltered_html') : $caps;
}, 10, 3);
`,
  );
  // A script an attacker would like every reader and editor to run.
  mkdirSync(join(dir, 'aanval'));
  writeFileSync(join(dir, 'aanval', 'aanval.js'), 'window.stemhulpAanval = (window.stemhulpAanval || 0) + 1;\n');
  // The plugin exactly as a site owner uploads it.
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(content, 'plugins', name)), { recursive: true });
    writeFileSync(join(content, 'plugins', name), bytes);
  }
  const php = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  writeFileSync(
    CONFIG,
    `<?php
// Written by stemhulp-widget's test/wordpress/wordpress-test.mjs, removed when it ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${php(`localhost:${socket}`)});
define('WP_CONTENT_DIR', ${php(content)});
define('WP_CONTENT_URL', ${php(`http://${HOST}:${port}/wp-content`)});
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${php(join(dir, 'debug.log'))});
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// Nobody, not even the Editor or the admin, may post unfiltered HTML: the plugin must
// work without that right.
define('DISALLOW_UNFILTERED_HTML', true);
`,
  );
  cleanups.push(() => rmSync(CONFIG, { force: true }));
  // php -S serves only its document root: wp-content and the demo data come from here.
  writeFileSync(
    join(dir, 'router.php'),
    `<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$types = array('js' => 'text/javascript', 'json' => 'application/json', 'css' => 'text/css', 'png' => 'image/png', 'svg' => 'image/svg+xml', 'woff2' => 'font/woff2');
$roots = array('/wp-content/' => ${php(content + '/')}, '/stemhulp-data/' => ${php(resolve('demo/data') + '/')}, '/stemhulp-cdn/' => ${php(resolve('dist') + '/')}, '/aanval/' => ${php(join(dir, 'aanval') + '/')});
foreach ($roots as $prefix => $root) {
  if (strpos($path, $prefix) !== 0) continue;
  $file = realpath($root . substr($path, strlen($prefix)));
  $ext = pathinfo((string) $file, PATHINFO_EXTENSION);
  if (!$file || !is_file($file) || $ext === 'php') { http_response_code(404); return true; }
  header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
  readfile($file);
  return true;
}
if ($path !== '/' && file_exists(${php(WP)} . $path)) return false;
require ${php(WP + '/index.php')};
`,
  );
  return content;
}

/** Runs PHP inside this WordPress (set-up that is not itself under test). */
const wpPhp = (code) => execFileSync('php', ['-r', `$_SERVER['HTTP_HOST'] = '${HOST}'; require '${WP}/wp-load.php'; ${code}`]);

/**
 * Clicks the visible button (or finds the heading) in any widget on the page whose text
 * matches, as a reader would by its label. Puppeteer's ARIA selector cannot take a pattern.
 */
async function find(page, selector, pattern, { click = false, timeout = 30000 } = {}) {
  const handle = await page.waitForFunction(
    (selector, source, click) => {
      const re = new RegExp(source);
      const roots = [document, ...[...document.querySelectorAll('stemhulp-widget')].map((w) => w.shadowRoot).filter(Boolean)];
      for (const root of roots) {
        for (const el of root.querySelectorAll(selector)) {
          if (!el.getClientRects().length || !re.test(el.textContent.replace(/\s+/g, ' ').trim())) continue;
          if (click) el.click();
          return true;
        }
      }
      return false;
    },
    { timeout, polling: 100 },
    selector,
    pattern.source,
    click,
  );
  return handle.jsonValue();
}
const clickButton = (page, pattern) => find(page, 'button', pattern, { click: true });

async function login(page, base, user, password) {
  await page.goto(`${base}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  // Set, not typed: wp-login.php moves the focus to the user name field after a moment.
  await page.evaluate(
    (user, password) => {
      /** @type {HTMLInputElement} */ (document.querySelector('#user_login')).value = user;
      /** @type {HTMLInputElement} */ (document.querySelector('#user_pass')).value = password;
    },
    user,
    password,
  );
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  const ok = await page.$('#wpadminbar');
  if (!ok) {
    const why = await page.$eval('#login_error', (e) => e.textContent.trim()).catch(() => '');
    throw new Error(`login as ${user} failed at ${page.url()}: ${why}`);
  }
}

async function logout(page, base) {
  const url = await page.$eval('#wp-admin-bar-logout a', (a) => a.href);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
}

/** Opens the block editor for a new post, without its welcome guide. */
async function newPost(page, base) {
  await page.goto(`${base}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), { timeout: 60000 });
  await page.evaluate(() => {
    const edit = window.wp.data.select('core/edit-post');
    if (edit.isFeatureActive('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
}

/** Publishes the post being edited, as the logged-in user, and returns its address. */
async function publish(page, title) {
  return page.evaluate(async (title) => {
    const { dispatch, select } = window.wp.data;
    dispatch('core/editor').editPost({ title, status: 'publish' });
    await dispatch('core/editor').savePost();
    const post = select('core/editor').getCurrentPost();
    if (post.status !== 'publish') throw new Error(`not published: ${post.status}`);
    return post.link;
  }, title);
}

/** MariaDB, WordPress under php -S and Chromium, each stopped by cleanup(). */
async function startSite() {
  ensurePackages();
  mkdirSync(shots, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'stemhulp-wp-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const socket = await startMariadb(dir);
  writeSite(dir, socket, port);
  const php = start('php', ['-S', `127.0.0.1:${port}`, '-t', WP, join(dir, 'router.php')], true);

  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: set CHROME_PATH or apt-get install chromium');
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  });
  cleanups.push(() => browser.close());
  const errors = [];
  /** @param {import('puppeteer-core').Browser | import('puppeteer-core').BrowserContext} [context] */
  const newPage = async (context = browser) => {
    const page = await context.newPage();
    page.setDefaultTimeout(30000);
    page.setDefaultNavigationTimeout(60000);
    await page.setViewport({ width: 1200, height: 900 });
    page.on('pageerror', (/** @type {Error} */ e) => errors.push(`${page.url()}: ${e.message}`));
    // Leaving a post with unsaved changes (the one the test does not save) asks first.
    page.on('dialog', (d) => (d.type() === 'beforeunload' ? d.accept() : d.dismiss()));
    return page;
  };
  const page = await newPage();
  await waitFor('php -S', async () => {
    if (php.exitCode !== null) throw new Error(`php exited: ${php.log()}`);
    return (await page.goto(`${base}/wp-admin/install.php`, { waitUntil: 'domcontentloaded' })).ok();
  });
  return { dir, base, browser, page, newPage, errors };
}

/** The site owner: installs WordPress, activates the plugin, sets a default data address. */
async function setUpAsOwner({ base, page }) {
  // Installing needs no form: the install page's own POST.
  const installed = await page.evaluate(async () => {
    const body = new URLSearchParams({
      weblog_title: 'Voorbeeldkrant (test)',
      user_name: 'beheerder',
      admin_password: 'beheerder-wachtwoord',
      admin_password2: 'beheerder-wachtwoord',
      pw_weak: '1',
      admin_email: 'beheerder@example.org',
      blog_public: '0',
    });
    const r = await fetch('/wp-admin/install.php?step=2', { method: 'POST', body });
    return (await r.text()).includes('wp-login.php');
  });
  if (!installed) throw new Error('WordPress install failed');

  await login(page, base, 'beheerder', 'beheerder-wachtwoord');
  await page.goto(`${base}/wp-admin/plugins.php`, { waitUntil: 'domcontentloaded' });
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#activate-stemhulp-widget')]);
  check('the plugin from the zip activates', Boolean(await page.$('tr.active[data-slug="stemhulp-widget"]')));
  const listed = await page.$eval('tr[data-slug="stemhulp-widget"] .plugin-version-author-uri', (e) => e.textContent).catch(() => '');
  const versions = JSON.parse(
    wpPhp(`require_once ABSPATH . 'wp-admin/includes/plugin.php';
      $dir = WP_PLUGIN_DIR . '/stemhulp-widget';
      $asset = require $dir . '/block/editor.asset.php';
      preg_match('/^Stable tag: *(.*)$/m', file_get_contents($dir . '/readme.txt'), $tag);
      echo wp_json_encode(array(get_plugin_data($dir . '/stemhulp-widget.php')['Version'], STEMHULP_WIDGET_VERSION, $asset['version'], $tag[1]));`).toString(),
  );
  check(
    `the plugin's version is package.json's (${version}) on the plugins page, in its header, constant, block script and readme`,
    listed.includes(`Version ${version}`) && versions.every((v) => v === version),
    `${listed.trim()} ${JSON.stringify(versions)}`,
  );

  // The fictional demo data, served on this site.
  const dataUrl = `${base}/stemhulp-data/index.json`;
  await saveSetting(page, base, 'stemhulp_widget_default_src', dataUrl);
  check('the settings page keeps the default data address', (await page.$eval('input#stemhulp_widget_default_src', (i) => i.value)) === dataUrl);
  // The settings page says what the plugin does: another host is refused, never "any host".
  const hostsHelp = await description(page, 'Other allowed data hosts');
  check(
    "the settings page says truthfully which data hosts are allowed (this site's own when none are listed, never any host)",
    !/to allow any host/i.test(hostsHelp) && hostsHelp.includes(`Allowed now: ${base}.`) && /editor is told when saving/.test(hostsHelp),
    hostsHelp,
  );
  await page.screenshot({ path: join(shots, 'wordpress-settings-1200.png'), fullPage: true });

  // The owner of this site may not post unfiltered HTML (DISALLOW_UNFILTERED_HTML), like
  // every site admin of a network: a script address of their own would run for every
  // reader and in every editor's block editor.
  const rights = wpPhp(`echo wp_json_encode(array(user_can(get_user_by('login', 'beheerder'), 'unfiltered_html')));`).toString();
  check('the administrator has no unfiltered_html here', rights === '[false]', rights);
  await saveSetting(page, base, 'stemhulp_widget_script_url', `${base}/aanval/aanval.js`);
  const refusal = await page.$eval('.notice-error', (e) => e.textContent.trim()).catch(() => '');
  await page.screenshot({ path: join(shots, 'wordpress-settings-refused-1200.png') });
  check(
    'an administrator without unfiltered_html cannot set a script address, and is told why',
    (await page.$eval('input#stemhulp_widget_script_url', (i) => i.value)) === '' &&
      /not changed: only a user who may add scripts to this site \(the unfiltered_html right\)/.test(refusal),
    `${await page.$eval('input#stemhulp_widget_script_url', (i) => i.value)} | ${refusal}`,
  );

  // An Editor, who on this site has no unfiltered_html (DISALLOW_UNFILTERED_HTML), and
  // works in Dutch; and the webmaster, the one user with unfiltered_html. Set up through
  // WordPress's own API: the user form is not what is tested here.
  wpPhp(`foreach (array(array('redacteur', 'editor', 'nl_NL'), array('webmaster', 'administrator', '')) as $u) {
      $id = wp_insert_user(array('user_login' => $u[0], 'user_pass' => $u[0] . '-wachtwoord', 'user_email' => $u[0] . '@example.org', 'role' => $u[1], 'locale' => $u[2]));
      if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
    }`);
  await logout(page, base);
  return dataUrl;
}

/** The accessible description of the settings field with this label. */
async function description(page, label) {
  return page.evaluate((label) => {
    const field = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === label)?.control;
    const ids = field?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    return ids
      .map((id) => document.getElementById(id)?.innerText ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }, label);
}

async function saveSetting(page, base, name, value) {
  await page.goto(`${base}/wp-admin/options-general.php?page=stemhulp-widget`, { waitUntil: 'domcontentloaded' });
  await page.locator(`input#${name}`).fill(value);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
}

/** The text of the block editor's notices at the top of the editor. */
const editorNotices = (page) =>
  page.evaluate(() =>
    window.wp.data
      .select('core/notices')
      .getNotices()
      .map((n) => n.content)
      .join(' | '),
  );

/**
 * The block's gemeente field in the sidebar, by its label (the Dutch one is checked on its
 * own, so that a missing translation fails that check and not every other).
 */
const gemeenteField = (page) =>
  page.waitForSelector('xpath///label[normalize-space()="Gemeente (CBS-code)" or normalize-space()="Gemeente (CBS code)"]/following::input[1]', { visible: true });

/** The Editor, in a Dutch admin, first meets a site without a default data address. */
async function blockWithoutData({ base, page }) {
  // Set-up, not under test: the owner has not entered a default data address yet.
  const dataUrl = wpPhp(`echo get_option('stemhulp_widget_default_src'); update_option('stemhulp_widget_default_src', '');`).toString();
  await newPost(page, base);
  await page.evaluate(() => {
    const block = window.wp.blocks.createBlock('stemhulp/widget');
    window.wp.data.dispatch('core/block-editor').insertBlocks([block]);
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
  });
  // The sidebar in the admin's language (the plugin's JSON translations for its script).
  const labels = ['Instellingen van de stemhulp', 'Gegevensadres (index.json)', 'Gemeente (CBS-code)', 'Taal'];
  const shown = await page
    .waitForFunction(
      (labels) => {
        const texts = [...document.querySelectorAll('.block-editor-block-inspector label, .block-editor-block-inspector .components-panel__body-toggle')].map((e) =>
          e.textContent.trim(),
        );
        return labels.every((l) => texts.includes(l)) && texts;
      },
      { timeout: 15000 },
      labels,
    )
    .then((h) => h.jsonValue())
    .catch(async () =>
      page.$$eval('.block-editor-block-inspector label, .block-editor-block-inspector .components-panel__body-toggle', (es) => es.map((e) => e.textContent.trim())),
    );
  check(
    "the block's sidebar speaks the Dutch admin's language",
    labels.every((l) => shown.includes(l)),
    JSON.stringify(shown),
  );
  const inBlock = (pattern) =>
    page
      .waitForFunction(
        (source) => [...document.querySelectorAll('.wp-block-stemhulp-widget .components-notice')].some((n) => new RegExp(source).test(n.textContent)),
        { timeout: 15000 },
        pattern.source,
      )
      .then(
        () => true,
        () => false,
      );
  check(
    'without a data address the block says, in Dutch, that it shows only the speerpunten and where to enter one',
    await inBlock(/^Geen gegevensadres: dit blok toont alleen de speerpunten, zonder stemhulp\. Vul het adres van een index\.json in bij "Gegevensadres"/),
  );
  // A gemeente that is no CBS code: the block says it is left out.
  const field = await gemeenteField(page);
  await field.type('Zilverhaven');
  check('a gemeente that is no CBS code is named in the block, in Dutch, as left out', await inBlock(/^"Zilverhaven" is geen CBS-code zoals GM0363 en wordt weggelaten/));
  await page.screenshot({ path: join(shots, 'wordpress-editor-no-data-1200.png') });
  wpPhp(`update_option('stemhulp_widget_default_src', ${JSON.stringify(dataUrl)});`);
}

/** The Editor writes three posts: a shortcode, two blocks set up in the sidebar, hostile values. */
async function writeAsEditor(site) {
  const { base, page } = site;
  await login(page, base, 'redacteur', 'redacteur-wachtwoord');
  await blockWithoutData(site);
  // Post 1: the shortcode, typed as an editor would, beside a <script> that must not survive.
  await newPost(page, base);
  await page.evaluate(() => {
    const { createBlock } = window.wp.blocks;
    window.wp.data
      .dispatch('core/block-editor')
      .insertBlocks([
        createBlock('core/paragraph', { content: 'De stemhulp voor Zilverhaven:' }),
        createBlock('core/shortcode', { text: '[stemhulp gemeente="GM9902" lang="nl"]' }),
        createBlock('core/html', { content: '<script>window.unfiltered = true</script>' }),
      ]);
  });
  const canUnfiltered = await page.evaluate(() => window.wp.data.select('core/editor').canUserUseUnfilteredHTML());
  check('the Editor has no unfiltered_html here', canUnfiltered === false, String(canUnfiltered));
  const shortcodePost = await publish(page, 'Stemhulp met een shortcode');
  const quiet = await page.evaluate(
    () =>
      window.wp.data
        .select('core/notices')
        .getNotices()
        .filter((n) => n.id === 'stemhulp-widget-refused').length,
  );
  check('saving a post whose data address is allowed says nothing about it', quiet === 0, await editorNotices(page));

  // Post 2: two Stemhulp blocks, set up in the sidebar; the second gemeente typed as a
  // number only, as editors do.
  await newPost(page, base);
  await page.evaluate(() => {
    const { createBlock } = window.wp.blocks;
    window.wp.data.dispatch('core/block-editor').insertBlocks([createBlock('stemhulp/widget'), createBlock('stemhulp/widget')]);
  });
  const [first, second] = await page.evaluate(() => window.wp.data.select('core/block-editor').getBlockOrder());
  let help = '';
  for (const [id, code] of [
    [second, '9903'],
    [first, 'GM9902'],
  ]) {
    await page.evaluate((id) => window.wp.data.dispatch('core/block-editor').selectBlock(id), id);
    const field = await gemeenteField(page);
    await field.click({ clickCount: 3 });
    await field.type(code);
    if (code === '9903') help = await field.evaluate((i) => document.getElementById(i.getAttribute('aria-describedby'))?.textContent ?? '');
    // Leaving the field, as an editor does when done.
    await page.keyboard.press('Tab');
  }
  check('a gemeente typed as "9903" is read as GM9903, and the field says so', help === 'Wordt gebruikt als GM9903.', help);
  // The preview in the editor is the real widget.
  await page.waitForFunction(() => document.querySelector('.wp-block-stemhulp-widget stemhulp-widget')?.shadowRoot?.querySelector('button'), { timeout: 30000 });
  await page.evaluate(() => window.wp.data.dispatch('core/editor').editPost({ title: 'Stemhulp met twee blokken' }));
  await page.screenshot({ path: join(shots, 'wordpress-editor-1200.png') });
  await page.setViewport({ width: 360, height: 800 });
  await page.evaluate(() => document.querySelector('.wp-block-stemhulp-widget')?.scrollIntoView());
  await page.screenshot({ path: join(shots, 'wordpress-editor-360.png') });
  await page.setViewport({ width: 1200, height: 900 });
  const saved = await page.evaluate(() =>
    window.wp.data
      .select('core/block-editor')
      .getBlocks()
      .map((b) => b.attributes.gemeente),
  );
  check('the block keeps the gemeente set in its sidebar, as a CBS code', JSON.stringify(saved) === '["GM9902","GM9903"]', JSON.stringify(saved));
  const blockPost = await publish(page, 'Stemhulp met twee blokken');

  // Post 3: what an author might type that must not reach the page as markup, and a data
  // host the settings do not allow.
  await newPost(page, base);
  await page.evaluate(() => {
    const { createBlock } = window.wp.blocks;
    window.wp.data
      .dispatch('core/block-editor')
      .insertBlocks([
        createBlock('core/shortcode', { text: '[stemhulp gemeente=\'x" onclick="alert(1)\' lang=\'nl" onfocus="alert(2)\']' }),
        createBlock('core/shortcode', { text: '[stemhulp src="https://elders.example/stemhulp/index.json"]' }),
      ]);
  });
  const hostilePost = await publish(page, 'Proefpagina');
  // Told on saving, in the editor and in the admin's language, not by readers.
  const told = await page
    .waitForFunction(
      () =>
        window.wp.data
          .select('core/notices')
          .getNotices()
          .find((n) => n.content.includes('elders.example'))?.content,
      { timeout: 15000 },
    )
    .then(
      (h) => h.jsonValue(),
      () => editorNotices(page),
    );
  check(
    'an editor who saves a post with a refused data address is told in the editor, in Dutch',
    told.startsWith('Stemhulp: lezers van dit bericht zien de stemhulp met gegevens van https://elders.example/stemhulp/index.json niet'),
    told,
  );
  const visible = await page.$$eval('.components-notice', (ns) => ns.some((n) => n.getClientRects().length && n.textContent.includes('elders.example')));
  check('that notice is on screen', visible);
  await page.screenshot({ path: join(shots, 'wordpress-editor-refused-1200.png') });
  await logout(page, base);
  return { shortcodePost, blockPost, hostilePost };
}

/**
 * A reader answers every statement, reaches the result and opens its tool *Kies partijen*;
 * returns whether they reached the result and the parties they could then tick.
 * @returns {Promise<{ result: unknown, parties: string[], error?: string }>}
 */
async function walkStemhulp(view, width) {
  await clickButton(view, /^Start de stemhulp/);
  await view.screenshot({ path: join(shots, `wordpress-post-start-${width}.png`) });
  for (let i = 0; i < 40; i++) {
    // Looking and clicking in one step: after the last answer the result replaces the
    // statement, and a button seen a moment earlier may be gone by the click.
    const want = i % 3 === 1 ? 'Oneens' : 'Eens';
    const did = await view
      .waitForFunction(
        (want) => {
          const root = document.querySelector('stemhulp-widget')?.shadowRoot;
          const text = (e) => e.textContent.replace(/\s+/g, ' ').trim();
          const visible = (selector) => [...(root?.querySelectorAll(selector) ?? [])].filter((e) => e.getClientRects().length);
          if (visible('h2, h3').some((h) => text(h) === 'Jouw uitslag')) return 'result';
          const buttons = visible('button');
          const next = buttons.find((b) => text(b) === 'Naar de uitslag') ?? buttons.find((b) => text(b) === want);
          if (!next) return false;
          next.click();
          return text(next);
        },
        { timeout: 30000, polling: 100 },
        want,
      )
      .then((h) => h.jsonValue())
      .catch(async (e) => {
        await view.screenshot({ path: join(shots, `wordpress-stuck-${width}.png`) });
        const text = await view.evaluate(() => document.querySelector('stemhulp-widget').shadowRoot.textContent.replace(/\s+/g, ' '));
        throw new Error(`${e.message} at statement ${i}; the widget says: ${text.slice(0, 600)}`);
      });
    if (did === 'result') break;
  }
  const result = await find(view, 'h2, h3', /^Jouw uitslag$/).catch(() => false);
  await view.evaluate(() => document.querySelector('stemhulp-widget')?.scrollIntoView());
  await view.screenshot({ path: join(shots, `wordpress-post-result-${width}.png`) });
  // The result's tools load when opened: the reader opens "Kies partijen" and finds a
  // checkbox per party, each with the party's name as its label.
  const opened = result && (await find(view, 'summary', /^Kies partijen/, { click: true }).catch(() => false));
  const parties = opened
    ? await view
        .waitForFunction(
          () => {
            const root = document.querySelector('stemhulp-widget')?.shadowRoot;
            const boxes = [...(root?.querySelectorAll('details[open] input[type="checkbox"]') ?? [])].filter((b) => b.getClientRects().length);
            return boxes.length > 0 && boxes.map((/** @type {HTMLInputElement} */ b) => `${b.checked ? '☑' : '☐'} ${b.labels[0]?.textContent.replace(/\s+/g, ' ').trim()}`);
          },
          { timeout: 15000, polling: 100 },
        )
        .then(
          (h) => h.jsonValue(),
          () => [],
        )
    : [];
  await view.screenshot({ path: join(shots, `wordpress-post-parties-${width}.png`) });
  return { result, parties };
}

/** Readers, not logged in, on the published posts. */
async function readAsReader(view, { shortcodePost, blockPost, hostilePost }, dataUrl) {
  for (const width of [1200, 360]) {
    await view.setViewport({ width, height: 900 });
    await view.goto(shortcodePost, { waitUntil: 'networkidle0' });
    // A reader stuck on the way fails these two checks, not the rest of the test.
    const { result, parties, error } = await walkStemhulp(view, width).catch((e) => ({ result: false, parties: [], error: e.message }));
    check(`a reader does a whole stemhulp on the shortcode post at ${width} px`, result, error);
    check(
      `on the result a reader opens "Kies partijen" and sees a ticked checkbox per party at ${width} px`,
      parties.length > 1 && parties.every((p) => /^☑ \S/.test(p)),
      error ?? JSON.stringify(parties),
    );
  }
  check('the shortcode renders escaped attributes and the default data address', (await view.content()).includes(`<stemhulp-widget src="${dataUrl}" gemeente="GM9902" lang="nl">`));
  check('the <script> in the post was stripped (no unfiltered_html)', (await view.evaluate(() => window.unfiltered)) === undefined);

  await view.setViewport({ width: 1200, height: 900 });
  await view.goto(blockPost, { waitUntil: 'networkidle0' });
  const blocks = await view.evaluate(() => ({
    widgets: [...document.querySelectorAll('stemhulp-widget')].map((w) => w.getAttribute('gemeente')),
    scripts: [...document.querySelectorAll('script[src*="stemhulp-widget.js"]')].map((/** @type {HTMLScriptElement} */ s) => `${s.type} ${new URL(s.src).pathname}`),
    lang: document.documentElement.lang,
  }));
  check('the block post has both widgets', JSON.stringify(blocks.widgets) === '["GM9902","GM9903"]', JSON.stringify(blocks.widgets));
  check(
    'the widget script is loaded once, as a module, from the plugin',
    blocks.scripts.length === 1 && blocks.scripts[0] === 'module /wp-content/plugins/stemhulp-widget/widget/stemhulp-widget.js',
    JSON.stringify(blocks.scripts),
  );
  // No lang in the block: the widget follows <html lang="en-US"> of a site left in English.
  const english = await find(view, 'button', /^Start the voting aid/).catch(() => false);
  check(`without lang the widget follows <html lang="${blocks.lang}">`, Boolean(english) && blocks.lang === 'en-US');
  await view.screenshot({ path: join(shots, 'wordpress-blocks-1200.png') });

  await view.goto(hostilePost, { waitUntil: 'networkidle0' });
  const hostile = await view.evaluate(() => ({
    widgets: [...document.querySelectorAll('stemhulp-widget')].map((w) => w.getAttributeNames().join(' ')),
    handlers: document.querySelectorAll('[onclick], [onfocus]').length,
    refused: document.querySelector('.stemhulp-widget-error')?.textContent ?? '',
  }));
  check(
    'attribute values that are no CBS code or language tag are left out, never written as markup',
    JSON.stringify(hostile.widgets) === '["src"]' && hostile.handlers === 0,
    JSON.stringify(hostile),
  );
  check(
    "a data host the settings do not allow is refused, and a reader is not told in the widget's voice",
    hostile.refused === '' && !(await view.content()).includes('elders.example'),
    hostile.refused,
  );
}

/** The Editor looks at the post with a refused data host: told which address, where to fix it. */
async function readAsEditor({ base, page }, { hostilePost }) {
  await login(page, base, 'redacteur', 'redacteur-wachtwoord');
  await page.goto(hostilePost, { waitUntil: 'networkidle0' });
  const refused = await page.evaluate(() => document.querySelector('.stemhulp-widget-error')?.textContent ?? '');
  check('a user who can edit posts sees which data address is not allowed', refused.includes('https://elders.example/stemhulp/index.json is not allowed on this site'), refused);
  await logout(page, base);
  // Nothing listed and no default address: the site's own host, never any host.
  const origins = wpPhp(`add_filter('pre_option_stemhulp_widget_allowed_origins', '__return_empty_string');
    add_filter('pre_option_stemhulp_widget_default_src', '__return_empty_string');
    echo wp_json_encode(stemhulp_widget_allowed_origins());`).toString();
  check("with no data hosts configured only the site's own is allowed", JSON.stringify(JSON.parse(origins)) === JSON.stringify([base]), origins);
}

/** The owner changes the site: another widget copy, then the site's language. */
/** The widget scripts a page loads (their paths), and whether the attacker's script ran. */
const widgetScripts = (page) =>
  page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script[src*="stemhulp-widget.js"], script[src*="/aanval/"]')].map((/** @type {HTMLScriptElement} */ s) => new URL(s.src).pathname),
    attack: window.stemhulpAanval ?? 0,
  }));

/** The block editor of a new post, as the Editor: which widget script it loads. */
async function editorScripts({ base, page }) {
  await login(page, base, 'redacteur', 'redacteur-wachtwoord');
  await newPost(page, base);
  await page.evaluate(() => window.wp.data.dispatch('core/block-editor').insertBlocks([window.wp.blocks.createBlock('stemhulp/widget')]));
  // The preview drawn (or not: a script that is no widget draws nothing), then what ran.
  await page
    .waitForFunction(() => document.querySelector('.wp-block-stemhulp-widget stemhulp-widget')?.shadowRoot?.querySelector('button'), {
      timeout: 30000,
    })
    .catch(() => {});
  const loaded = await widgetScripts(page);
  await logout(page, base);
  return loaded;
}

const bundled = '/wp-content/plugins/stemhulp-widget/widget/stemhulp-widget.js';

/** The owner changes the site: another widget copy, then the site's language. */
async function changeSite(site, view, { blockPost }) {
  const { base, page } = site;
  // A script address stored by an administrator without unfiltered_html (before the plugin
  // checked this, or by one who has since lost the right): readers and editors never run it.
  wpPhp(`update_option('stemhulp_widget_script_url', '${base}/aanval/aanval.js');
    update_option('stemhulp_widget_script_url_by', get_user_by('login', 'beheerder')->ID);`);
  await view.goto(blockPost, { waitUntil: 'networkidle0' });
  const reader = await widgetScripts(view);
  check(
    'a script address set by a user without unfiltered_html never reaches readers',
    JSON.stringify(reader.scripts) === JSON.stringify([bundled]) && reader.attack === 0,
    JSON.stringify(reader),
  );
  const editor = await editorScripts(site);
  check('nor the block editor', JSON.stringify(editor.scripts) === JSON.stringify([bundled]) && editor.attack === 0, JSON.stringify(editor));
  await login(page, base, 'beheerder', 'beheerder-wachtwoord');
  await page.goto(`${base}/wp-admin/options-general.php?page=stemhulp-widget`, { waitUntil: 'domcontentloaded' });
  const notInUse = await description(page, 'Widget script address');
  check(
    'the settings page says that address is not in use, and that this administrator can only empty it',
    /Not in use: this address was saved by a user who may not add scripts/.test(notInUse) && /you can only empty this field/.test(notInUse),
    notInUse,
  );
  await saveSetting(page, base, 'stemhulp_widget_script_url', '');
  check('an administrator without unfiltered_html can empty it', wpPhp(`echo get_option('stemhulp_widget_script_url');`).toString() === '');
  await logout(page, base);

  // The webmaster, who may post unfiltered HTML, sets another copy of the widget.
  await login(page, base, 'webmaster', 'webmaster-wachtwoord');
  await saveSetting(page, base, 'stemhulp_widget_script_url', `${base}/stemhulp-cdn/stemhulp-widget.js`);
  await logout(page, base);
  await view.goto(blockPost, { waitUntil: 'networkidle0' });
  const { scripts } = await widgetScripts(view);
  const upgraded = await find(view, 'button', /^Start the voting aid/).catch(() => false);
  check(
    'a script address set by a user with unfiltered_html replaces the bundled widget for readers',
    JSON.stringify(scripts) === '["/stemhulp-cdn/stemhulp-widget.js"]' && upgraded,
    JSON.stringify(scripts),
  );
  const editorNow = await editorScripts(site);
  check("the block editor still loads only the plugin's own widget", JSON.stringify(editorNow.scripts) === JSON.stringify([bundled]), JSON.stringify(editorNow));
  // The administrator saves the settings page again: the webmaster's address stays.
  await login(page, base, 'beheerder', 'beheerder-wachtwoord');
  await page.goto(`${base}/wp-admin/options-general.php?page=stemhulp-widget`, { waitUntil: 'domcontentloaded' });
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#submit')]);
  const kept = await page.$eval('input#stemhulp_widget_script_url', (i) => i.value);
  const errorsShown = await page.$$eval('.notice-error', (ns) => ns.map((n) => n.textContent.trim()));
  check(
    "an administrator without unfiltered_html who saves the page keeps the webmaster's address",
    kept === `${base}/stemhulp-cdn/stemhulp-widget.js` && errorsShown.length === 0,
    `${kept} ${JSON.stringify(errorsShown)}`,
  );

  // A site in Dutch: <html lang="nl-NL">, the plugin's Dutch texts, the widget in Dutch.
  wpPhp(`update_option('WPLANG', 'nl_NL');`);
  await view.goto(blockPost, { waitUntil: 'networkidle0' });
  const served = await view.evaluate(async () => (await fetch(location.href)).text());
  const dutch = await find(view, 'button', /^Start de stemhulp/).catch(() => false);
  check(
    'on a Dutch site the fallback text is Dutch (the plugin\'s nl_NL.mo) and the widget follows <html lang="nl-NL">',
    served.includes('<html lang="nl-NL"') && served.includes('<p>De stemhulp heeft JavaScript nodig.</p></stemhulp-widget>') && dutch,
    `${served.match(/<html[^>]*>/)?.[0]} ${served.match(/<stemhulp-widget[\s\S]*?<\/stemhulp-widget>/)?.[0]} ${dutch}`,
  );
}

async function run() {
  const site = await startSite();
  const dataUrl = await setUpAsOwner(site);
  const posts = await writeAsEditor(site);
  const reader = await site.browser.createBrowserContext();
  const view = await site.newPage(reader);
  await readAsReader(view, posts, dataUrl);
  await readAsEditor(site, posts);
  await changeSite(site, view, posts);
  await reader.close();

  check('no script errors on any page', site.errors.length === 0, site.errors.join('; '));
  const debugLog = join(site.dir, 'debug.log');
  const phpErrors = existsSync(debugLog)
    ? readFileSync(debugLog, 'utf8')
        .split('\n')
        .filter((l) => l.includes('stemhulp'))
    : [];
  check('no PHP notices from the plugin', phpErrors.length === 0, phpErrors.join(' | '));
}

let failed = false;
const stop = async (signal) => {
  console.error(`# ${signal}: stopping`);
  await cleanup();
  process.exit(130);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
try {
  await run();
} catch (e) {
  failed = true;
  console.error(`FAILED - ${e.stack ?? e}`);
} finally {
  await cleanup();
}
const passed = results.filter(Boolean).length;
const failures = results.length - passed + (failed ? 1 : 0);
console.log(`${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);

#!/usr/bin/env node
/**
 * Lint of the built Apps Script bundle (dist/gas), for what Apps Script's V8 runtime does not have or forbids:
 *
 * - no Node or browser globals in the code (require, timers, globalThis, TextEncoder/TextDecoder, process, window,
 *   document, fetch, Buffer): the scanner skips strings and comments;
 * - no Google service touched while the bundle loads (a service call at the top level runs on every trigger, even
 *   onOpen in AuthMode.NONE, where it fails): loaded in a sandbox whose services record any access;
 * - every name Apps Script calls resolves: each function in functions.js calls an export of the bundle; every menu
 *   item and every `google.script.run` call in the sidebar names a function in functions.js.
 *
 * Usage: node scripts/lint-gas-bundle.js [dist/gas]      (exit 1 and a list of findings when something is wrong)
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const ts = require('typescript');

const FORBIDDEN = [
  'require',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'globalThis',
  'TextEncoder',
  'TextDecoder',
  'process',
  'window',
  'document',
  'fetch',
  'XMLHttpRequest',
  'Buffer',
  'importScripts',
];
const SERVICES = [
  'SpreadsheetApp',
  'PropertiesService',
  'LockService',
  'HtmlService',
  'Utilities',
  'Charts',
  'ScriptApp',
  'Session',
  'Logger',
  'CacheService',
  'DriveApp',
  'UrlFetchApp',
];

/** Identifiers in code (not strings, not comments), with their line. */
function identifiers(source) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, source);
  const out = [];
  let prev = null;
  for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
    if (ts.tokenIsIdentifierOrKeyword(t)) {
      const name = scanner.getTokenText();
      // `x.require` or `{ require: 1 }` is a property, not the global
      if (prev !== ts.SyntaxKind.DotToken) out.push({ name, pos: scanner.getTokenPos() });
    }
    if (t === ts.SyntaxKind.SlashToken || t === ts.SyntaxKind.SlashEqualsToken) scanner.reScanSlashToken();
    if (t === ts.SyntaxKind.CloseBraceToken) scanner.reScanTemplateToken(false);
    prev = t;
  }
  return out;
}

function lineOf(source, pos) {
  return source.slice(0, pos).split('\n').length;
}

/** The sandbox's services: any property read is recorded. */
function recordingServices() {
  const touched = [];
  const services = {};
  for (const name of SERVICES) {
    services[name] = new Proxy({}, { get: (_t, p) => (touched.push(`${name}.${String(p)}`), () => undefined) });
  }
  return { services, touched };
}

/**
 * Lints a built bundle folder (Code.js, functions.js, sidebar.html) and the menu in src/gas/main.ts.
 * Returns the findings.
 */
function lintGasBundle({ dir = path.join(__dirname, '..', 'dist', 'gas'), mainSource = path.join(__dirname, '..', 'src', 'gas', 'main.ts') } = {}) {
  const findings = [];
  const code = fs.readFileSync(path.join(dir, 'Code.js'), 'utf8');
  const functions = fs.readFileSync(path.join(dir, 'functions.js'), 'utf8');
  const sidebar = fs.readFileSync(path.join(dir, 'sidebar.html'), 'utf8');

  for (const [file, source] of [
    ['Code.js', code],
    ['functions.js', functions],
  ]) {
    for (const id of identifiers(source))
      if (FORBIDDEN.includes(id.name)) findings.push(`${file}:${lineOf(source, id.pos)}: uses ${id.name}, which Apps Script does not have`);
  }

  // load as Apps Script does: the bundle, then functions.js, in one global scope
  const { services, touched } = recordingServices();
  const box = { ...services, console };
  vm.createContext(box);
  try {
    vm.runInContext(code, box, { filename: 'Code.js' });
    vm.runInContext(functions, box, { filename: 'functions.js' });
  } catch (err) {
    findings.push(`loading the bundle failed: ${err && err.message}`);
  }
  for (const t of touched) findings.push(`Code.js: ${t} is used while the bundle loads (service calls belong inside functions)`);

  // names: functions.js → the bundle's exports
  const topFunctions = [...functions.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
  const bundle = box.PlanRag;
  if (!bundle) findings.push('Code.js does not define the PlanRag global');
  for (const m of functions.matchAll(/^function (\w+)\([^)]*\) \{[^}]*?PlanRag\.(\w+)\(/gm)) {
    if (bundle && typeof bundle[m[2]] !== 'function') findings.push(`functions.js: ${m[1]} calls PlanRag.${m[2]}, which the bundle does not export`);
  }
  // menu items
  const main = fs.readFileSync(mainSource, 'utf8');
  for (const m of main.matchAll(/\.addItem\('[^']*', '(\w+)'\)/g))
    if (!topFunctions.includes(m[1])) findings.push(`menu item calls ${m[1]}, which functions.js does not define`);
  // the sidebar's server calls
  const called = serverCalls(sidebar);
  for (const name of called)
    if (!topFunctions.includes(name)) findings.push(`sidebar.html calls google.script.run.${name}, which functions.js does not define`);
  if (called.size === 0) findings.push('sidebar.html: no google.script.run call found (the lint cannot see the sidebar)');
  return { findings, functions: topFunctions, sidebarCalls: [...called].sort() };
}

/**
 * The server functions a sidebar calls: the last method of every call chain rooted at `google.script.run` (handlers
 * set with with...Handler are skipped), and names passed as strings to a chain indexed by name (`run[name](...)`,
 * through the sidebar's `act('applyRag')`).
 */
function serverCalls(html) {
  const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const sf = ts.createSourceFile('sidebar.js', script, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const called = new Set();
  const chainText = (e) => e.getText().replace(/\s+/g, '');
  let indexed = false;
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (
        ts.isPropertyAccessExpression(callee) &&
        chainText(callee.expression).startsWith('google.script.run') &&
        !/^with\w+Handler$|^withUserObject$/.test(callee.name.text)
      )
        called.add(callee.name.text);
      if (ts.isElementAccessExpression(callee) && chainText(callee.expression).startsWith('google.script.run')) indexed = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // names sent through an indexed call: the string arguments of the function that does the indexing (act)
  if (indexed) for (const m of script.matchAll(/\bact\('(\w+)'\)/g)) called.add(m[1]);
  return called;
}

module.exports = { lintGasBundle, serverCalls };

if (require.main === module) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
  if (!fs.existsSync(path.join(dir ?? path.join(__dirname, '..', 'dist', 'gas'), 'Code.js'))) {
    console.error('apps script bundle: dist/gas/Code.js is missing: run npm run build:gas first');
    process.exit(1);
  }
  const { findings, functions, sidebarCalls } = lintGasBundle(dir ? { dir } : undefined);
  if (findings.length > 0) {
    console.error(`apps script bundle: ${findings.length} finding(s):\n${findings.join('\n')}`);
    process.exit(1);
  }
  console.log(
    `apps script bundle: no Node or browser globals, no service touched at load, ${functions.length} top-level functions resolve (sidebar calls ${sidebarCalls.join(', ')})`,
  );
}

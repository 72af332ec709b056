#!/usr/bin/env node
/**
 * Requirement-set lint: every office-js member the add-in uses must be available at the sets the manifest
 * requires (ExcelApi 1.9, SharedRuntime 1.1), or be used behind a check that the set is supported.
 *
 * It type-checks the add-in's code with TypeScript, resolves each property access and call to its declaration, and
 * reads the "[Api set: ExcelApi 1.13]" remark Microsoft puts on every member in @types/office-js. A member above
 * the manifest's floor passes only when the code around it tests for support: an `if`, `?:` or `&&` whose condition
 * names a guard listed below (each one is set from `Office.context.requirements.isSetSupported`).
 *
 * Usage: node scripts/lint-requirement-sets.js            (exit 1 and a list of findings when something is wrong)
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const FILES = ['src/hosts/excel', 'src/taskpane', 'src/commands'];
/** Names that stand for an isSetSupported check, and the set each one guards. */
const GUARDS = {
  mergedAreas: 'ExcelApi 1.13', // ExcelApiSupport.mergedAreas = isSetSupported('ExcelApi', '1.13')
  knowsTriggerSource: 'ExcelApi 1.14', // officeBridge.knowsTriggerSource()
  isSetSupported: null, // a direct check
  supports: null, // the self-check's env.supports(version), which calls isSetSupported
};

function manifestSets(manifest) {
  const xml = fs.readFileSync(manifest, 'utf8');
  const sets = {};
  for (const m of xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"/g)) sets[m[1]] = m[2];
  return sets;
}

function newer(a, b) {
  const [x, y] = a.split('.').map(Number);
  const [p, q] = b.split('.').map(Number);
  return x > p || (x === p && (y || 0) > (q || 0));
}

/** Sets that concern an Excel add-in (the typings also tag Outlook's Mailbox, Word's WordApi...). */
const RELEVANT = new Set(['ExcelApi', 'ExcelApiOnline', 'SharedRuntime', 'AddinCommands', 'DialogApi', 'RibbonApi', 'IdentityApi', 'OfficeRuntime']);

function apiSet(symbol) {
  for (const d of symbol.getDeclarations() ?? []) {
    if (!d.getSourceFile().fileName.includes('@types/office-js')) continue;
    // the remark sits in the JSDoc just above the declaration
    const full = d.getFullText();
    const text = full.slice(0, full.length - d.getText().length);
    for (const m of text.matchAll(/\[Api set: ([A-Za-z]+) (\d+\.\d+)/g)) if (RELEVANT.has(m[1])) return { name: m[1], version: m[2] };
  }
  return null;
}

/** True when a node sits under a condition that names one of the guards. */
function guarded(node) {
  for (let n = node; n; n = n.parent) {
    const p = n.parent;
    if (!p) break;
    let cond = null;
    if (ts.isIfStatement(p) && n === p.thenStatement) cond = p.expression;
    if (ts.isConditionalExpression(p) && n === p.whenTrue) cond = p.condition;
    if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && n === p.right) cond = p.left;
    if (cond && Object.keys(GUARDS).some((g) => cond.getText().includes(g))) return true;
  }
  return false;
}

/**
 * Lints the office-js code under `files` (paths relative to `root`) against the manifest's sets.
 * Returns the findings and every member used ("ExcelApi 1.9 getRanges").
 */
function lintRequirementSets({ root = ROOT, tsconfig = path.join(ROOT, 'tsconfig.web.json'), manifest = path.join(ROOT, 'manifest.xml'), files = FILES } = {}) {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => console.error(d.messageText) });
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const floor = manifestSets(manifest);
  const ROOT_ = root;
  const findings = [];
  const used = new Map();
  for (const sf of program.getSourceFiles()) {
    const rel = path.relative(ROOT_, sf.fileName);
    if (!files.some((f) => rel.startsWith(f))) continue;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const set = symbol && apiSet(symbol);
        if (set) {
          const key = `${set.name} ${set.version} ${node.name.text}`;
          used.set(key, (used.get(key) ?? 0) + 1);
          const have = floor[set.name];
          const above = !have || newer(set.version, have);
          if (above && !guarded(node)) {
            const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
            findings.push(
              `${rel}:${line + 1}: ${node.getText().slice(0, 60)} needs ${set.name} ${set.version}; the manifest requires ${have ? `${set.name} ${have}` : `no ${set.name} set`}: check support first (isSetSupported)`,
            );
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { findings, used: [...used.keys()].sort(), floor };
}

module.exports = { lintRequirementSets };

if (require.main === module) {
  const { findings, used, floor } = lintRequirementSets();
  if (process.argv.includes('--list')) for (const k of used) console.log(k);
  if (findings.length > 0) {
    console.error(`requirement sets: ${findings.length} member(s) above the manifest's floor without a support check:\n${findings.join('\n')}`);
    process.exit(1);
  }
  console.log(
    `requirement sets: ${used.length} office-js members used, all within ${Object.entries(floor)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')} or checked first`,
  );
}

// Import-cycle check of the library's sources and the explorer's (part of `npm run lint`): parses every
// src/**/*.ts and explorer/**/*.ts with the TypeScript compiler API, follows relative value imports and re-exports
// (type-only ones are erased at build and cannot cycle at run time), and fails listing each cycle.
// Usage: tsx scripts/check-cycles.ts
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The relative modules `file` imports or re-exports values from, as absolute .ts paths. */
export function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const out: string[] = [];
  for (const node of source.statements) {
    let spec: ts.Expression | undefined;
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) spec = node.moduleSpecifier;
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly) {
      const allTypes = node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly);
      if (!allTypes) spec = node.moduleSpecifier;
    }
    if (spec !== undefined && ts.isStringLiteral(spec) && spec.text.startsWith('.')) out.push(join(dirname(file), spec.text.replace(/\.js$/, '.ts')));
  }
  return out;
}

/** Every import cycle among `all`, each as the list of files around it. */
export function findCycles(all: readonly string[]): string[][] {
  const graph = new Map(all.map((f) => [f, valueImports(f).filter((g) => all.includes(g))]));
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === 'open') cycles.push([...stack.slice(stack.indexOf(g)), g]);
      else if (state.get(g) === undefined) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of all) if (!state.has(f)) visit(f);
  return cycles;
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  // the library and the explorer (whose modules import the library's)
  const cycles = findCycles([...files(join(root, 'src')), ...files(join(root, 'explorer'))]);
  if (cycles.length > 0) {
    console.error(`${cycles.length} import cycle(s) in src/ and explorer/:`);
    for (const c of cycles) console.error(`  ${c.map((f) => relative(root, f)).join(' → ')}`);
    process.exit(1);
  }
  console.log('no import cycles in src/ or explorer/');
}

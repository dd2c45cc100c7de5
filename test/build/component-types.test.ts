// The components' published types (EiamBindFormProps, EiamCaptchaProps and their events by name, in
// miniprogram_dist/index.d.ts) name what the shipped components declare and emit, no more and no less: the
// `properties` each component passes to Component(), and the names of its triggerEvent calls. The README's property
// tables name the same properties (kebab-case there, as WXML writes them).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const COMPONENTS = {
  'eiam-bind-form': { props: 'EiamBindFormProps', events: 'EiamBindFormEventDetails' },
  'eiam-captcha': { props: 'EiamCaptchaProps', events: 'EiamCaptchaEventDetails' },
} as const;
type Name = keyof typeof COMPONENTS;

/** The definition the shipped component passes to Component(), read by running its file with a stand-in. */
function definition(name: Name): { properties: Record<string, unknown> } {
  let captured: { properties: Record<string, unknown> } | undefined;
  const global = globalThis as { Component?: unknown };
  global.Component = (d: { properties: Record<string, unknown> }) => {
    captured = d;
  };
  try {
    jest.isolateModules(() => {
      jest.requireActual(path.join(root, 'miniprogram_dist/components', name, 'index.js'));
    });
  } finally {
    delete global.Component;
  }
  return captured!;
}

/** The events the shipped component emits: the first argument of each triggerEvent call. */
function emitted(name: Name): string[] {
  const source = fs.readFileSync(path.join(root, 'miniprogram_dist/components', name, 'index.js'), 'utf8');
  return [...new Set([...source.matchAll(/triggerEvent\(\s*'([\w-]+)'/g)].map((m) => m[1]!))].sort();
}

/** The property names of each exported type of the built declarations. */
function declared(): (type: string) => string[] {
  const entry = path.join(root, 'miniprogram_dist/index.d.ts');
  const program = ts.createProgram([entry], { noEmit: true, types: [], skipLibCheck: true });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!);
  return (type) => {
    const symbol = exports.find((s) => s.name === type)!;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return checker
      .getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target))
      .map((p) => p.name)
      .sort();
  };
}

/** The first-column code spans of the README table under `### \`name\``, camelCased (`terms-url` → `termsUrl`). */
function readmeProperties(name: Name): string[] {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`### \`${name}\`\n`);
  const section = readme.slice(start, readme.indexOf('\n### ', start + 1));
  const rows = section.split('\n').filter((l) => /^\| `/.test(l));
  return rows
    .flatMap((row) => [...row.split('|')[1]!.matchAll(/`([\w-]+)`/g)].map((m) => m[1]!))
    .map((n) => n.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()))
    .sort();
}

describe.each(Object.keys(COMPONENTS) as Name[])('the types of <%s>', (name) => {
  const names = declared();

  it('name every property the component declares, and no other', () => {
    const properties = Object.keys(definition(name).properties).sort();
    expect(properties.length).toBeGreaterThan(0);
    expect(names(COMPONENTS[name].props)).toEqual(properties);
  });

  it('name every event the component emits, and no other', () => {
    const events = emitted(name);
    expect(events.length).toBeGreaterThan(1);
    expect(names(COMPONENTS[name].events)).toEqual(events);
  });

  it("are the properties of the README's table", () => {
    expect(readmeProperties(name)).toEqual(Object.keys(definition(name).properties).sort());
  });
});

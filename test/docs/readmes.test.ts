import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// README.md and README.zh-CN.md name the same public methods, options, error codes, component properties and
// exports, and those are the built package's (miniprogram_dist/*.d.ts, read with the TypeScript compiler). Names are
// compared, not prose: a table is found by the first cell of its header row in either language, and its names are the
// code spans of its first column.

const root = path.resolve(__dirname, '../..');
const READMES = { en: 'README.md', zh: 'README.zh-CN.md' } as const;

/** Header first cells, in both languages, of the tables compared. */
const TABLES = {
  methods: ['method', '方法'],
  options: ['option', '选项'],
  errors: ['code'],
  properties: ['property', '属性', 'property / method', '属性 / 方法'],
} as const;

const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
/** Table cells, with `\|` inside a cell kept as part of it. */
const cells = (line: string): string[] =>
  line
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** The code spans of the first column of every table whose header's first cell is one of `headers`. */
function firstColumnSpans(markdown: string, headers: readonly string[]): string[] {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    if (!lines[i]!.startsWith('|') || !/^\|[-:| ]+\|$/.test(lines[i + 1]!)) continue;
    if (!headers.includes(cells(lines[i]!)[0]!.toLowerCase())) continue;
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j += 1) {
      out.push(...codeSpans(cells(lines[j]!)[0]!));
    }
  }
  return out;
}

const unique = (names: string[]): string[] => [...new Set(names)].sort();

function namesOf(markdown: string) {
  return {
    methods: unique(
      firstColumnSpans(markdown, TABLES.methods)
        .map((s) => /^(\w+)\(/.exec(s)?.[1])
        .filter((n): n is string => !!n),
    ),
    options: unique(firstColumnSpans(markdown, TABLES.options).filter((s) => /^\w+$/.test(s))),
    errors: unique(firstColumnSpans(markdown, TABLES.errors).filter((s) => /^[A-Z][A-Z_]+$/.test(s))),
    properties: unique(firstColumnSpans(markdown, TABLES.properties).map((s) => /^\w+/.exec(s)?.[0] || s)),
  };
}

/** What the built declarations export, EiamClient's public methods, EiamClientOptions' keys, EiamErrorCode's codes. */
function builtPackage() {
  const entry = path.join(root, 'miniprogram_dist/index.d.ts');
  const program = ts.createProgram([entry], { noEmit: true, types: [], skipLibCheck: true });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const exports = checker.getExportsOfModule(moduleSymbol);
  const exported = (name: string): ts.Symbol => {
    const symbol = exports.find((s) => s.name === name)!;
    return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };
  const isPublic = (symbol: ts.Symbol): boolean =>
    (symbol.declarations || []).every(
      (d) => !(ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)),
    );
  const methods = checker
    .getPropertiesOfType(checker.getDeclaredTypeOfSymbol(exported('EiamClient')))
    .filter((p) => p.flags & ts.SymbolFlags.Method && isPublic(p))
    .map((p) => p.name);
  const options = checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(exported('EiamClientOptions')));
  const codes = checker.getDeclaredTypeOfSymbol(exported('EiamErrorCode'));
  return {
    exports: exports.map((s) => s.name).sort(),
    methods: unique(methods),
    options: unique(options.map((p) => p.name)),
    errors: unique(
      (codes.isUnion() ? codes.types : [codes]).map((t) => String((t as ts.StringLiteralType).value)),
    ),
  };
}

describe('the English and the Chinese README', () => {
  const en = namesOf(read(READMES.en));
  const zh = namesOf(read(READMES.zh));
  const built = builtPackage();

  it('find the tables they compare (the parser is not reading nothing)', () => {
    for (const names of [en, zh]) {
      expect(names.methods.length).toBeGreaterThan(15);
      expect(names.options.length).toBeGreaterThan(10);
      expect(names.errors.length).toBeGreaterThan(10);
      expect(names.properties).toEqual(expect.arrayContaining(['flows', 'setClient']));
    }
  });

  it("list EiamClient's public methods, each of them and no other", () => {
    expect(en.methods).toEqual(built.methods);
    expect(zh.methods).toEqual(built.methods);
  });

  it('list the EiamClient options, each of them and no other', () => {
    expect(en.options).toEqual(built.options);
    expect(zh.options).toEqual(built.options);
  });

  it('list the error codes, each of them and no other', () => {
    expect(en.errors).toEqual(built.errors);
    expect(zh.errors).toEqual(built.errors);
  });

  it('list the same component properties and methods', () => {
    expect(zh.properties).toEqual(en.properties);
  });

  it('name the same exports of the package in their code', () => {
    const mentioned = (file: string): string[] => {
      const idents = new Set(
        codeSpans(
          read(file).replace(/```[\s\S]*?```/g, (block) => `\`${block.replace(/`/g, ' ')}\``),
        ).flatMap((s) => s.match(/[A-Za-z_$][\w$]*/g) || []),
      );
      return built.exports.filter((name) => idents.has(name));
    };
    expect(mentioned(READMES.en).length).toBeGreaterThan(10);
    expect(mentioned(READMES.zh)).toEqual(mentioned(READMES.en));
  });

  it('link to each other at the top', () => {
    expect(read(READMES.en).split('\n').slice(0, 5).join('\n')).toContain('](README.zh-CN.md)');
    expect(read(READMES.zh).split('\n').slice(0, 5).join('\n')).toContain('](README.md)');
  });
});

import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { INTERNAL_NAMES } from '../../scripts/build/internal-names';

// The build shortens the property names of scripts/build/internal-names.js in miniprogram_dist/index.js. A name that
// is also a member of a public type (an option, an input, an answer, a method) would be renamed on the integrator's
// objects too and break them: this walks every type reachable from miniprogram_dist/index.d.ts and fails on a clash.

const root = path.resolve(__dirname, '../..');

/** Every non-private member name reachable from the exports of `entry` (a `.d.ts`), the lib's own types left out. */
function publicMemberNames(entry: string): Set<string> {
  const program = ts.createProgram([entry], { strict: true, noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const names = new Set<string>();
  const seen = new Set<ts.Type>();
  const fromLib = (symbol: ts.Symbol | undefined) =>
    !!symbol &&
    (symbol.declarations || []).some((d) =>
      /node_modules[\\/]typescript[\\/]lib/.test(d.getSourceFile().fileName),
    );
  const visit = (type: ts.Type | undefined): void => {
    if (!type || seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) return type.types.forEach(visit);
    if (type.aliasTypeArguments) type.aliasTypeArguments.forEach(visit);
    if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
      checker.getTypeArguments(type as ts.TypeReference).forEach(visit);
    }
    if (fromLib(type.aliasSymbol || type.symbol)) return;
    for (const p of checker.getPropertiesOfType(type)) {
      const decl = p.valueDeclaration || (p.declarations || [])[0];
      if (decl && ts.getCombinedModifierFlags(decl) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected))
        continue;
      names.add(p.getName());
      if (decl) visit(checker.getTypeOfSymbolAtLocation(p, decl));
    }
    for (const kind of [ts.SignatureKind.Call, ts.SignatureKind.Construct]) {
      for (const signature of checker.getSignaturesOfType(type, kind)) {
        for (const p of signature.getParameters())
          visit(checker.getTypeOfSymbolAtLocation(p, p.valueDeclaration!));
        visit(signature.getReturnType());
      }
    }
    visit(checker.getIndexTypeOfType(type, ts.IndexKind.String));
  };
  const file = program.getSourceFile(entry)!;
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(file)!)) {
    names.add(exported.getName());
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = symbol.valueDeclaration || (symbol.declarations || [])[0];
    if (symbol.flags & ts.SymbolFlags.Type) visit(checker.getDeclaredTypeOfSymbol(symbol));
    if (decl && symbol.flags & ts.SymbolFlags.Value) visit(checker.getTypeOfSymbolAtLocation(symbol, decl));
  }
  return names;
}

describe('the internal names the build shortens', () => {
  const publicNames = publicMemberNames(path.join(root, 'miniprogram_dist/index.d.ts'));

  it('sees the public surface: options, inputs, answers, methods and platform interfaces', () => {
    const expected = ['allowedHosts', 'captchaToken', 'wechatCode', 'sender', 'stateToken', 'expireSeconds'];
    expected.push(
      'loginWithWeChat',
      'describeError',
      'subscribe',
      'read',
      'transportFailure',
      'storageError',
    );
    expect(expected.filter((name) => !publicNames.has(name))).toEqual([]);
  });

  it('are none of the public types’ member names', () => {
    expect(INTERNAL_NAMES.filter((name) => publicNames.has(name))).toEqual([]);
  });

  it('are gone from the shipped bundle, which still names the public ones', () => {
    const bundle = fs.readFileSync(path.join(root, 'miniprogram_dist/index.js'), 'utf8');
    // `.name` not followed by a quote: a property access, not the end of a string such as "eiam.v1.device".
    const accessed = (name: string) => new RegExp(`\\.${name}\\b(?!['"])`).test(bundle);
    expect(INTERNAL_NAMES.filter(accessed)).toEqual([]);
    expect(['stateToken', 'sessionToken', 'timeoutMs', 'statusCode'].filter(accessed)).toHaveLength(4);
  });
});

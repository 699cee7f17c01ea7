// Every regular expression in a source tree, found with the TypeScript parser: regex literals, and
// `new RegExp(...)` / `RegExp(...)` calls whose source can be worked out without running the code —
// string literals, templates and `+` over constants, `X.source` of another pattern, `[...].join(sep)` of
// constant words, followed through `const` declarations in enclosing scopes and through imports. A part
// only known at run time takes the caller's stand-in for it, if the caller has one (the pattern lists
// it in `standIns`); a call with a part that has none is returned as dynamic, with that part.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface CollectedRegExp {
  /** file:line, the file relative to the root given to collectRegExps. */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
  /** The run-time parts replaced by stand-ins, as written. */
  readonly standIns: readonly string[];
}

/** A constant to use for a run-time part of a pattern's source (e.g. an escaped word), or undefined. */
export type StandIn = (node: ts.Node) => string | undefined;

export interface DynamicRegExp {
  readonly where: string;
  /** The call as written. */
  readonly text: string;
  /** The first part of its source that is not a compile-time constant. */
  readonly unknown: string;
}

type Value =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'regexp'; readonly source: string; readonly flags: string }
  | { readonly kind: 'array'; readonly items: readonly Value[] };

/** Thrown (and caught per call) when part of a pattern's source is not a constant. */
class NotConstant extends Error {
  constructor(readonly node: ts.Node) {
    super(node.getText());
  }
}

export function collectRegExps(
  root: string,
  standIn: StandIn = () => undefined,
): { patterns: CollectedRegExp[]; dynamic: DynamicRegExp[] } {
  const files = new Map<string, ts.SourceFile>();
  const sourceFile = (path: string): ts.SourceFile => {
    let file = files.get(path);
    if (!file) {
      file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
      files.set(path, file);
    }
    return file;
  };
  const patterns: CollectedRegExp[] = [];
  const dynamic: DynamicRegExp[] = [];
  for (const path of typeScriptFiles(root)) {
    const file = sourceFile(path);
    const where = (node: ts.Node) =>
      `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const { source, flags } = literalRegExp(node);
        patterns.push({ where: where(node), source, flags, standIns: [] });
      } else if (isRegExpCall(node)) {
        try {
          const used: string[] = [];
          const context: Context = {
            sourceFile,
            standIn: (n) => {
              const value = standIn(n);
              if (value !== undefined) used.push(n.getText());
              return value;
            },
          };
          const value = evaluate(node, context);
          if (value.kind !== 'regexp') throw new NotConstant(node);
          patterns.push({ where: where(node), source: value.source, flags: value.flags, standIns: used });
        } catch (error) {
          if (!(error instanceof NotConstant)) throw error;
          dynamic.push({ where: where(node), text: node.getText(), unknown: error.node.getText() });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { patterns, dynamic };
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return typeScriptFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
    });
}

function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'RegExp'
  );
}

function literalRegExp(node: ts.RegularExpressionLiteral): { source: string; flags: string } {
  const text = node.text;
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

interface Context {
  readonly sourceFile: (path: string) => ts.SourceFile;
  readonly standIn: StandIn;
}

function evaluate(node: ts.Node, context: Context): Value {
  const standIn = context.standIn(node);
  if (standIn !== undefined) return { kind: 'string', value: standIn };
  const string = (n: ts.Node): string => {
    const value = evaluate(n, context);
    if (value.kind !== 'string') throw new NotConstant(n);
    return value.value;
  };
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { kind: 'string', value: node.text };
  if (ts.isNumericLiteral(node)) return { kind: 'string', value: String(Number(node.text)) };
  if (ts.isRegularExpressionLiteral(node)) return { kind: 'regexp', ...literalRegExp(node) };
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isTypeAssertionExpression(node)
  )
    return evaluate(node.expression, context);
  if (ts.isTemplateExpression(node)) {
    const value = node.head.text + node.templateSpans.map((s) => string(s.expression) + s.literal.text).join('');
    return { kind: 'string', value };
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return { kind: 'string', value: string(node.left) + string(node.right) };
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.flatMap((element): Value[] => {
      if (!ts.isSpreadElement(element)) return [evaluate(element, context)];
      const spread = evaluate(element.expression, context);
      if (spread.kind !== 'array') throw new NotConstant(element);
      return [...spread.items];
    });
    return { kind: 'array', items };
  }
  if (isRegExpCall(node)) {
    const [first, second] = node.arguments ?? [];
    if (!first) return { kind: 'regexp', source: '(?:)', flags: '' };
    const pattern = evaluate(first, context);
    const flags = second ? string(second) : pattern.kind === 'regexp' ? pattern.flags : '';
    if (pattern.kind === 'regexp') return { kind: 'regexp', source: pattern.source, flags };
    if (pattern.kind === 'string') return { kind: 'regexp', source: pattern.value, flags };
    throw new NotConstant(first);
  }
  if (ts.isPropertyAccessExpression(node)) {
    const object = evaluate(node.expression, context);
    if (object.kind === 'regexp' && (node.name.text === 'source' || node.name.text === 'flags'))
      return { kind: 'string', value: node.name.text === 'source' ? object.source : object.flags };
    throw new NotConstant(node);
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text;
    const object = evaluate(node.expression.expression, context);
    if (method === 'join' && object.kind === 'array') {
      const separator = node.arguments[0] ? string(node.arguments[0]) : ',';
      const words = object.items.map((item) => {
        if (item.kind !== 'string') throw new NotConstant(node);
        return item.value;
      });
      return { kind: 'string', value: words.join(separator) };
    }
    throw new NotConstant(node);
  }
  if (ts.isIdentifier(node)) {
    const initializer = constantInitializer(node, context.sourceFile);
    if (!initializer) throw new NotConstant(node);
    return evaluate(initializer, context);
  }
  throw new NotConstant(node);
}

/**
 * The initializer of the `const` an identifier names: looked up in the enclosing blocks and the
 * module, then through an import of a relative module. A parameter of the same name in between, or a
 * `let`, makes it unknown.
 */
function constantInitializer(
  identifier: ts.Identifier,
  sourceFile: (path: string) => ts.SourceFile,
): ts.Expression | undefined {
  const name = identifier.text;
  for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope) && scope.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name))
      return undefined;
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope) && !ts.isModuleBlock(scope)) continue;
    for (const statement of scope.statements) {
      const declared = constDeclaration(statement, name);
      if (declared !== null) return declared;
      if (ts.isSourceFile(scope) && ts.isImportDeclaration(statement)) {
        const imported = importedConstant(statement, name, scope.fileName, sourceFile);
        if (imported !== null) return imported;
      }
    }
  }
  return undefined;
}

/** The initializer if `statement` declares `name` as a const; undefined if it declares it otherwise; null if not at all. */
function constDeclaration(statement: ts.Statement, name: string): ts.Expression | undefined | null {
  if (!ts.isVariableStatement(statement)) return null;
  const list = statement.declarationList;
  for (const declaration of list.declarations) {
    if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
    return list.flags & ts.NodeFlags.Const ? declaration.initializer : undefined;
  }
  return null;
}

function importedConstant(
  statement: ts.ImportDeclaration,
  name: string,
  fromFile: string,
  sourceFile: (path: string) => ts.SourceFile,
): ts.Expression | undefined | null {
  const bindings = statement.importClause?.namedBindings;
  if (!bindings || !ts.isNamedImports(bindings)) return null;
  const element = bindings.elements.find((e) => e.name.text === name);
  if (!element) return null;
  const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(fromFile), specifier.replace(/\.js$/, '.ts'));
  const exported = (element.propertyName ?? element.name).text;
  const target = sourceFile(path);
  for (const s of target.statements) {
    const declared = constDeclaration(s, exported);
    if (declared !== null) return declared;
  }
  return undefined;
}

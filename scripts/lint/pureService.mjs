// The language service (server/src/service) is pure — no editor, LSP connection, file system or native
// addon — so the unit tests can run it in memory. `no-restricted-imports` keeps its packages to a short
// list; the rule below resolves its relative imports, which must stay inside service/ (the shared
// protocol types excepted): a pattern on the import string alone cannot tell ../x from ../../x.
import { dirname, resolve, sep } from 'node:path';

/**
 * The only packages the pure service may import: protocol types, schemas, YAML. (Pinyin readings come
 * from a table generated from pinyin-pro, a devDependency: scripts/generate-readings.ts.)
 */
export const SERVICE_PACKAGES = ['vscode-languageserver-types', 'zod', 'yaml'];

/** `no-restricted-imports` options for the service: any package but those (node: built-ins included). */
export const serviceImportRestrictions = {
  patterns: [
    {
      regex: `^(?!\\.|(?:${SERVICE_PACKAGES.join('|')})$)`,
      message: `The language service is pure: of packages it imports only ${SERVICE_PACKAGES.join(', ')}.`,
    },
  ],
};

/** @type {import('eslint').Rule.RuleModule} */
export const pureService = {
  meta: {
    type: 'problem',
    docs: { description: 'relative imports of the language service stay inside it' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          allowedFiles: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      outside: 'The language service is pure: “{{spec}}” leaves server/src/service.',
    },
  },
  create(context) {
    const { root, allowedFiles = [] } = context.options[0] ?? {};
    const serviceRoot = resolve(root);
    const allowed = new Set(allowedFiles.map((file) => resolve(file)));
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = resolve(dirname(context.filename), spec).replace(/\.js$/, '.ts');
      if (!target.startsWith(serviceRoot + sep) && !allowed.has(target))
        context.report({ node, messageId: 'outside', data: { spec } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments[0]?.type === 'Literal'
        )
          check(node.arguments[0], node.arguments[0].value);
      },
    };
  },
};

// The purity of server/src/service is kept by lint (eslint.config.mjs): `no-restricted-imports` for
// packages and the policy-lens/pure-service rule for relative imports. These cases prove both rules
// reject what they must and accept the service's legitimate imports.
import { describe, it } from 'node:test';
import { join } from 'node:path';
import { RuleTester } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';
import { parser } from 'typescript-eslint';
import { pureService, serviceImportRestrictions } from '../../../scripts/lint/pureService.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const REPO = join(__dirname, '..', '..', '..');
const SERVICE = join(REPO, 'server', 'src', 'service');
const options = [{ root: SERVICE, allowedFiles: [join(REPO, 'server', 'src', 'protocol.ts')] }];
const tester = new RuleTester({ languageOptions: { parser, ecmaVersion: 2022, sourceType: 'module' } });

tester.run('pure-service', pureService, {
  valid: [
    { code: "import { localeFrom } from '../l10n.js';", filename: join(SERVICE, 'features', 'hover.ts'), options },
    {
      code: "import type { ClauseLookupItem } from '../protocol.js';",
      filename: join(SERVICE, 'languageService.ts'),
      options,
    },
    { code: "import { x } from '../../protocol.js';", filename: join(SERVICE, 'features', 'x.ts'), options },
    { code: "import { z } from 'zod';", filename: join(SERVICE, 'settings.ts'), options },
  ],
  invalid: [
    {
      code: "import { UsageError } from '../../node/cli/args.js';",
      filename: join(SERVICE, 'features', 'x.ts'),
      options,
      errors: [{ messageId: 'outside' }],
    },
    {
      code: "export * from '../server.js';",
      filename: join(SERVICE, 'x.ts'),
      options,
      errors: [{ messageId: 'outside' }],
    },
    {
      code: "const m = require('../node/jiebaSegmenter.js');",
      filename: join(SERVICE, 'x.ts'),
      options,
      errors: [{ messageId: 'outside' }],
    },
    {
      code: "const m = import('../../../client/src/extension.js');",
      filename: join(SERVICE, 'index', 'x.ts'),
      options,
      errors: [{ messageId: 'outside' }],
    },
  ],
});

tester.run('no-restricted-imports (service packages)', builtinRules.get('no-restricted-imports')!, {
  valid: ['zod', 'yaml', 'vscode-languageserver-types', './l10n.js', '../model.js'].map((spec) => ({
    code: `import x from '${spec}';`,
    options: [serviceImportRestrictions],
  })),
  invalid: [
    'node:fs',
    'fs',
    'vscode',
    'vscode-languageserver/node',
    'vscode-languageserver',
    'nodejieba',
    'zod-extra',
  ].map((spec) => ({
    code: `import x from '${spec}';`,
    options: [serviceImportRestrictions],
    errors: 1,
  })),
});

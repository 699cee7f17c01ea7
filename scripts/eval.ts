// `npm run eval`: precision and recall of the checker per diagnostic code on the labelled sets, and the
// real-text rows: warnings per 10,000 characters on real published documents and the bytes `check
// --fix` would change there (both should be 0). `--details` lists every miss, false alarm and note.
import { join } from 'node:path';
import {
  DRAFTS,
  evaluateDrafts,
  evaluateRealText,
  FIXTURES,
  formatEvaluation,
  rawDocumentPaths,
  serviceFor,
} from '../test/eval/evaluate.js';

const details = process.argv.includes('--details');
const only = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length);
const bundled = serviceFor({ bundled: true });
const province = serviceFor({ bundled: false, rawDocuments: rawDocumentPaths() });

const sets = [
  { id: 'drafts', title: '调优集 development set (test/fixtures/drafts)', folder: DRAFTS, service: bundled },
  {
    id: 'holdout',
    title: '留出集 held-out set (test/fixtures/drafts-holdout)',
    folder: join(FIXTURES, 'drafts-holdout'),
    service: bundled,
  },
  {
    id: 'trust-holdout',
    title: '真实文本留出集 trust held-out set (test/fixtures/drafts-trust-holdout)',
    folder: join(FIXTURES, 'drafts-trust-holdout'),
    service: bundled,
  },
  {
    id: 'history',
    title: '历史调优集 history development set (test/fixtures/drafts-history)',
    folder: join(FIXTURES, 'drafts-history'),
    service: bundled,
  },
  {
    id: 'history-holdout',
    title: '历史留出集 history held-out set (test/fixtures/drafts-history-holdout)',
    folder: join(FIXTURES, 'drafts-history-holdout'),
    service: bundled,
  },
  {
    id: 'history-holdout-2',
    title: '历史留出集二 second history held-out set (test/fixtures/drafts-history-holdout-2)',
    folder: join(FIXTURES, 'drafts-history-holdout-2'),
    service: bundled,
  },
  {
    id: 'history-holdout-3',
    title: '历史留出集三 third history held-out set (test/fixtures/drafts-history-holdout-3)',
    folder: join(FIXTURES, 'drafts-history-holdout-3'),
    service: bundled,
  },
  {
    id: 'history-holdout-4',
    title: '历史留出集四 fourth history held-out set (test/fixtures/drafts-history-holdout-4)',
    folder: join(FIXTURES, 'drafts-history-holdout-4'),
    service: bundled,
  },
  {
    id: 'history-holdout-5',
    title: '历史留出集五 fifth history held-out set (test/fixtures/drafts-history-holdout-5)',
    folder: join(FIXTURES, 'drafts-history-holdout-5'),
    service: bundled,
  },
  {
    id: 'history-holdout-6',
    title: '历史留出集六 sixth history held-out set (test/fixtures/drafts-history-holdout-6)',
    folder: join(FIXTURES, 'drafts-history-holdout-6'),
    service: bundled,
  },
  {
    id: 'province',
    title: '外省集 province set (test/fixtures/drafts-province; corpus: ../shared/corpora/raw, bundled off)',
    folder: join(FIXTURES, 'drafts-province'),
    service: province,
  },
];
for (const set of sets) {
  if (only && set.id !== only) continue;
  const result = evaluateDrafts(set.folder, set.service);
  console.log(`\n${set.title}\n${formatEvaluation(result)}`);
  if (details) {
    for (const miss of result.misses) console.log(`漏报 missed  ${miss}`);
    for (const alarm of result.falseAlarms) console.log(`误报 false   ${alarm}`);
    for (const note of result.notes) console.log(`提示 note    ${note}`);
  }
}
if (!only || only === 'real') {
  console.log('\n真实文本 real published text (../shared/corpora/raw: Jiangsu, Fujian, Shandong, central)');
  for (const [label, service] of [
    ['against the bundled corpus', bundled],
    ['against themselves imported as a corpus', province],
  ] as const) {
    const real = evaluateRealText(rawDocumentPaths(), service);
    console.log(
      `  ${label}: ${real.characters} characters · ${real.warnings} warnings/errors · ${real.perTenThousand.toFixed(2)} per 10,000 characters · --fix would change ${real.fixBytes} bytes`,
    );
    if (details) for (const line of real.details) console.log(`    误报 false ${line}`);
  }
}

// The benchmark's sections, in the order they run. A new section is a file in this folder exporting a
// Section, and a line here.
import type { Section } from '../report.js';
import { bundledCorpusSection } from './bundled.js';
import { coldSection } from './cold.js';
import { diagnosticsSection } from './diagnostics.js';
import { lspSection } from './lsp.js';
import { scaleSection, syntheticCorpusSection } from './synthetic.js';

export const SECTIONS: readonly Section[] = [
  bundledCorpusSection,
  syntheticCorpusSection,
  coldSection,
  lspSection,
  diagnosticsSection,
  scaleSection,
];

// The Extensions page of the installed extension, as a drafter first meets it: the README (with its images,
// which must come from inside the package), the icon and the changelog tab.
import * as vscode from 'vscode';
import { type E2eTest, clickInWorkbench, screenshot } from './harness.js';

export const widgetTests: E2eTest[] = [
  {
    name: 'the Extensions page shows the README with its screenshots (screenshot extension-page.png)',
    async run() {
      // Through the Extensions view, as a person does: `extension.open` asks the gallery first, which an
      // offline machine cannot reach; the installed list and its details page are local.
      await vscode.commands.executeCommand('workbench.extensions.search', '@installed Policy Lens');
      const clicked = await clickInWorkbench('extension-list-item', '.extensions-list .monaco-list-row', 'Policy Lens');
      if (!clicked) {
        console.log('    (no browser runner: the Extensions page is not checked)');
        return;
      }
      try {
        await screenshot('extension-page', {
          // The README's second screenshot, from inside the package (scripts/package.mjs inlines it), loaded.
          waitForSelector: 'img[alt*="Problems panel"]',
          inWebview: true,
          imageLoaded: true,
          clipTo: { selector: '.part.editor', height: 800 },
        });
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.commands.executeCommand('workbench.view.explorer');
      }
    },
  },
];

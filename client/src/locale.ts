import * as vscode from 'vscode';

/** The language setting wins over the editor's UI language, as it does for hovers and diagnostics. */
export function isEnglish(): boolean {
  const setting = vscode.workspace.getConfiguration('policyLens').get<string>('language', 'auto');
  return setting === 'auto' ? vscode.env.language.startsWith('en') : setting === 'en';
}

/** Picks the text for the UI: Chinese first, English for an English UI. */
export function text(zh: string, en: string): string {
  return isEnglish() ? en : zh;
}

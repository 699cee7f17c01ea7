import * as vscode from 'vscode';

// vscode.l10n has no plural rules, so the singular and the plural are two source strings. Chinese needs no
// plural: its bundle gives both the same words.
const count = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const documentCount = (n: number): string =>
  count(n, vscode.l10n.t('1 document'), vscode.l10n.t('{0} documents', n));
export const nameCount = (n: number): string => count(n, vscode.l10n.t('1 name'), vscode.l10n.t('{0} names', n));
export const errorCount = (n: number): string => count(n, vscode.l10n.t('1 error'), vscode.l10n.t('{0} errors', n));
export const warningCount = (n: number): string =>
  count(n, vscode.l10n.t('1 warning'), vscode.l10n.t('{0} warnings', n));

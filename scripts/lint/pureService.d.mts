import type { Rule } from 'eslint';

export declare const SERVICE_PACKAGES: readonly string[];
export declare const serviceImportRestrictions: { patterns: Array<{ regex: string; message: string }> };
export declare const pureService: Rule.RuleModule;

export declare function hostTarget(): string;
export declare function vsixPath(target?: string): string;
export declare function writePackagedReadme(): string;

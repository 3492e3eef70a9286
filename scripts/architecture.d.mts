/** Types of scripts/architecture.mjs, for its test. */
export declare const CHECKED_DIRS: string[];
export declare function importGraph(root?: string, dirs?: string[]): Map<string, string[]>;
export declare function folderGraph(fileGraph: Map<string, string[]>): Map<string, Map<string, string>>;
export declare function folderCycles(folders: Map<string, Map<string, string>>): string[][];
export declare function describeCycle(cycle: string[], folders: Map<string, Map<string, string>>): string;

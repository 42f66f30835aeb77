export declare function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T>;

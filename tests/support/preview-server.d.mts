export interface PreviewHandle {
  /** Origin of the served app, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  baseURL: string;
  close: () => Promise<void>;
}

export declare function startPreview(options?: { root?: string }): Promise<PreviewHandle>;

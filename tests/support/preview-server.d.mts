export interface PreviewHandle {
  /** Origin of the served app, without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  baseURL: string;
  close: () => Promise<void>;
}

export declare function startPreview(options?: {
  root?: string;
  /** The build to serve (default: `LIVSBOG_DIST`, else `dist`), relative to `root`. */
  outDir?: string;
  /** A fixed port (default: one the OS picks). */
  port?: number;
}): Promise<PreviewHandle>;

/** The pack's readable pages: index.html and LÆS MIG. */
export { INDEX_HTML_CSP, renderIndexHtml, type RenderHtmlOptions } from './html';
export { renderLaesMig, type LaesMigInput } from './laes-mig';

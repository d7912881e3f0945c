/**
 * The Content-Security-Policy of every page the app shows, in Electron and through the bridge alike.
 * `frame-src blob:` lets the reports page preview a PDF it read back from the workspace (a blob: URL the page
 * itself made); no other frame source is allowed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

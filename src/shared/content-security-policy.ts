/**
 * The one Content-Security-Policy: injected as a meta tag into the renderer's HTML at build
 * time (Electron) and sent as a header by the browser host. No inline scripts, no eval,
 * no remote anything.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

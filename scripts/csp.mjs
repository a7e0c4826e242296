// The app's Content-Security-Policy, shipped as a <meta> tag in the built index.html and as a header by
// `vite preview` (which the browser tests run against). Everything the app loads comes from its own origin;
// MapLibre's worker and the territory worker may start from blob: URLs; the PNG export draws data:/blob: images.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  // The animation dialog plays the video it has just made, from its blob: URL, before the reader keeps it.
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

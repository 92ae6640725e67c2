/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or wasm packages load from node_modules at run time rather than being bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pdfjs-dist", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
  // The dev server also serves pages opened at 127.0.0.1 (not just localhost) with working scripts.
  allowedDevOrigins: ["127.0.0.1"],
  // Responses are small JSON and HTML; compression belongs to the reverse proxy, not the app thread.
  compress: false,
};

module.exports = nextConfig;

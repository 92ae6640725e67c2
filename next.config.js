/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or wasm packages load from node_modules at run time rather than being bundled.
  serverExternalPackages: ["tinypool", "@node-rs/argon2", "pg", "@prisma/adapter-pg", "pdfjs-dist", "wink-nlp", "wink-eng-lite-web-model"],
  poweredByHeader: false,
  // Responses are small JSON and HTML; compression belongs to the reverse proxy, not the app thread.
  compress: false,
};

module.exports = nextConfig;

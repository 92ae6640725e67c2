const production = process.env.NODE_ENV === "production";

/** Headers for what proxy.ts does not see: API responses and built assets. Pages get theirs there. */
const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];
/** JSON is never rendered: it may load nothing and be framed by no one. */
const api = [
  ...common,
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or wasm packages load from node_modules at run time rather than being bundled;
  // tinypool finds its worker entry next to its own files.
  serverExternalPackages: [
    "tinypool",
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    "pdfjs-dist",
    "wink-nlp",
    "wink-eng-lite-web-model",
  ],
  poweredByHeader: false,
  // The dev server also serves pages opened at 127.0.0.1 (not just localhost) with working scripts.
  allowedDevOrigins: ["127.0.0.1"],
  // Responses are small JSON and HTML; compression belongs to the reverse proxy, not the app thread.
  compress: false,
  async headers() {
    return [
      { source: "/api/:path*", headers: api },
      { source: "/_next/static/:path*", headers: common },
    ];
  },
};

module.exports = nextConfig;

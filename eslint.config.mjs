import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    // Patterns that run on what users send must take linear time: one backtracking pattern
    // on a long word once froze the whole server.
    files: ["lib/**/*.ts", "app/**/*.ts", "app/**/*.tsx", "proxy.ts"],
    ignores: ["**/*.test.ts", "lib/db/generated/**"],
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
      "regexp/no-super-linear-move": ["error", { report: "potential", ignorePartial: false, ignoreSticky: true }],
    },
  },
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".build/**",
      ".data/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "public/sw.js",
    ],
  },
];

export default config;

import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { createMigrationPool } from "./lib/db/pool";

// Migrate runs on the JS/WASM schema engine through the pg adapter, so
// nothing downloads a native engine binary.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set; run through scripts/with-db.ts");
    return new PrismaPg(createMigrationPool(url));
  },
  schema: "prisma/schema.prisma",
});

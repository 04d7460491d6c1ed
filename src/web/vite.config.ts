import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The web app is built into dist/web, which `attrib serve` serves at /. No plugin: esbuild compiles JSX.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  esbuild: { jsx: "automatic" },
  build: {
    outDir: fileURLToPath(new URL("../../dist/web", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});

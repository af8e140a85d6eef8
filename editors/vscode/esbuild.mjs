// Bundles the extension into one CommonJS file so the .vsix needs no node_modules.
import * as esbuild from "esbuild";

const production = process.argv.includes("--production");

await esbuild.build({
  entryPoints: ["src/extension.ts"],
  bundle: true,
  outfile: "dist/extension.js",
  format: "cjs",
  platform: "node",
  target: "node18",
  // `vscode` is provided by the editor at run time and cannot be bundled.
  external: ["vscode"],
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
});

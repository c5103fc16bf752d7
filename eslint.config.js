// Lint configuration: typescript-eslint's recommended rules, barely adjusted.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "web/dist/", "coverage/", "**/*.d.ts", "play*.ts", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused leading-underscore parameters document a signature without using every argument.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["bin/**/*.js", "bench/**/*.{js,mjs}", ".ci/**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);

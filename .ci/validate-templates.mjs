// Validates the Camunda Modeler element templates in .camunda/element-templates against the
// element-templates JSON schema (Camunda 7), as Modeler would when it loads them.
import { validate } from '@bpmn-io/element-templates-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = join(import.meta.dirname, '..', '.camunda', 'element-templates');
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
let failed = 0;
for (const file of files) {
  const { valid, errors } = validate(readFileSync(join(folder, file), 'utf-8'));
  if (!valid) {
    failed++;
    console.error(`${file}:`);
    for (const error of errors) {
      console.error(`  ${error.message}`);
    }
  }
}
if (failed > 0 || files.length === 0) {
  console.error(`element templates: ${failed} of ${files.length} invalid`);
  process.exit(1);
}
console.log(`element templates: ${files.length} valid`);

// Copies the schemas the extension contributes (package.json: yamlValidation, jsonValidation) from the repository's
// schemas/ folder, so the .vsix carries the schemas of the TrialLint it was built with.
const fs = require("fs");
const path = require("path");

const from = path.join(__dirname, "..", "..", "..", "schemas");
const to = path.join(__dirname, "..", "schemas");
fs.mkdirSync(to, { recursive: true });
for (const name of ["trial-report.schema.json", "config.schema.json", "rule.schema.json"]) {
  fs.copyFileSync(path.join(from, name), path.join(to, name));
}
console.log(`Copied the report, configuration and rule schemas into ${to}`);

// Validates a FollowTheMoney JSON-lines file with the FollowTheMoney model of @alephdata/followthemoney (the npm
// package Aleph's front end uses): every line is an entity whose schema exists and is not abstract, whose required
// properties are present, whose properties belong to the schema (or its parents), whose values are lists of strings,
// whose dates, countries and languages are values the model's types accept, and whose entity references name an
// entity of the file with a schema in the property's range. Prints a JSON summary on stdout; exits 1 on a problem.
//
// Usage: node validate.mjs FILE [--summary]   (--summary leaves the edges out of the output)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { Model, defaultModel } = createRequire(import.meta.url)('@alephdata/followthemoney');

const model = new Model(defaultModel);
const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l !== '');
const problems = [];
const entities = new Map();
const datePattern = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

lines.forEach((line, i) => {
  let raw;
  try { raw = JSON.parse(line); } catch (e) { problems.push(`line ${i + 1}: not JSON: ${e.message}`); return; }
  if (typeof raw.id !== 'string' || raw.id === '') { problems.push(`line ${i + 1}: no id`); return; }
  if (entities.has(raw.id)) { problems.push(`line ${i + 1}: id ${raw.id} repeats line ${entities.get(raw.id).line}`); }
  let schema;
  try { schema = model.getSchema(raw.schema); } catch { problems.push(`line ${i + 1}: unknown schema ${raw.schema}`); return; }
  if (schema.abstract) { problems.push(`line ${i + 1}: schema ${schema.name} is abstract`); }
  entities.set(raw.id, { line: i + 1, schema, raw });
});

for (const [id, { line, schema, raw }] of entities) {
  const where = `line ${line} (${id}, ${schema.name})`;
  for (const [name, values] of Object.entries(raw.properties ?? {})) {
    if (!schema.hasProperty(name)) { problems.push(`${where}: ${schema.name} has no property ${name}`); continue; }
    const property = schema.getProperty(name);
    if (!Array.isArray(values) || values.some(v => typeof v !== 'string' || v === '')) { problems.push(`${where}: ${name} is not a list of strings`); continue; }
    for (const value of values) {
      const type = property.type.name;
      if (type === 'date' && !datePattern.test(value)) problems.push(`${where}: ${name} '${value}' is not an FtM date`);
      if ((type === 'country' || type === 'language') && !property.type.values.has(value)) problems.push(`${where}: ${name} '${value}' is not an FtM ${type}`);
      if (type === 'url' && !/^https?:\/\//.test(value)) problems.push(`${where}: ${name} '${value}' is not a URL`);
      if (property.type.maxLength && value.length > property.type.maxLength) problems.push(`${where}: ${name} is longer than ${property.type.maxLength}`);
      if (type === 'entity') {
        const target = entities.get(value);
        if (!target) problems.push(`${where}: ${name} names ${value}, which is not in the file`);
        else if (property.hasRange && !target.schema.isA(property.getRange())) problems.push(`${where}: ${name} names ${value}, a ${target.schema.name}, not a ${property.getRange().name}`);
      }
    }
  }
  for (const required of schema.required ?? []) {
    if (!(raw.properties?.[required]?.length > 0)) problems.push(`${where}: required property ${required} is missing`);
  }
}

const schemata = {};
for (const { schema } of entities.values()) schemata[schema.name] = (schemata[schema.name] ?? 0) + 1;
const edges = [...entities.values()].filter(e => e.schema.isEdge).map(e => ({
  id: e.raw.id, schema: e.schema.name,
  source: e.raw.properties[e.schema.edge.source]?.[0], target: e.raw.properties[e.schema.edge.target]?.[0],
  properties: e.raw.properties,
}));
const summary = process.argv.includes('--summary');
console.log(JSON.stringify({ entities: entities.size, schemata, problems: problems.slice(0, 1000), problemCount: problems.length, edges: summary ? [] : edges }));
process.exitCode = problems.length > 0 ? 1 : 0;

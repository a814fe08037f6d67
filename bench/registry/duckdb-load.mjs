// The peer: DuckDB loading the same studies (read_json of every file, one study each) into a table, in memory.
//   node duckdb-load.mjs 'DIR/*.json'
// Prints one JSON line: seconds for the load (the query alone; the process's start is timed by the caller), rows.
import { DuckDBInstance } from '@duckdb/node-api';

const glob = process.argv[2];
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const start = process.hrtime.bigint();
// The sections as DuckDB's JSON type (parsed and checked, kept as JSON): letting read_json infer one struct type for
// every module of every study (union_by_name) took 213 s for 300 studies here, far from a load anyone would run.
const columns = "{protocolSection: 'JSON', resultsSection: 'JSON', annotationSection: 'JSON', documentSection: 'JSON', derivedSection: 'JSON', hasResults: 'BOOLEAN'}";
await connection.run(`CREATE TABLE studies AS SELECT * FROM read_json('${glob.replaceAll("'", "''")}', columns = ${columns}, maximum_object_size = 33554432)`);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const rows = (await connection.runAndReadAll('SELECT count(*) AS n FROM studies')).getRowObjects()[0].n;
console.log(JSON.stringify({ seconds, rows: Number(rows) }));

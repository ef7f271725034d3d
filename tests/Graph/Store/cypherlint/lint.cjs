// Reads [{statement, parameters}] as JSON on stdin and lints each statement as Cypher 5 and as Cypher 25
// with Neo4j's own parser and semantic analysis. Prints one JSON array of problems: errors (severity 1)
// and anything deprecated or no longer supported. Other warnings (cartesian products of unique lookups)
// are not problems. The parameters are declared with the values the store actually sent; a statement
// given without parameters (one the contract did not happen to send) is checked for all but undeclared ones.
const { lintCypherQuery, isNotParamError } = require('@neo4j-cypher/language-support');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const problems = [];
  for (const { statement, parameters } of JSON.parse(input)) {
    for (const version of ['CYPHER 5', 'CYPHER 25']) {
      const { diagnostics } = lintCypherQuery(statement, { parameters: parameters ?? {}, defaultLanguage: version });
      for (const d of diagnostics.filter(d => parameters || isNotParamError(d))) {
        if (d.severity === 1 || /deprecat|no longer supported/i.test(d.message)) {
          problems.push({ version, severity: d.severity, message: d.message, statement });
        }
      }
    }
  }
  process.stdout.write(JSON.stringify(problems));
});

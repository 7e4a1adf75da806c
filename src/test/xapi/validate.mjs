// Validates xAPI statements with Learning Locker's xapi-validation (the rules of xAPI 1.0.3): reads one JSON array
// of statements per line on stdin, and answers each line with one line, a JSON array of the problems found in it
// ("statement[2].result.score.scaled: Scaled (TypeWarning)"), empty when every statement is valid.
import validation from 'xapi-validation';
import { createInterface } from 'node:readline';

const validate = validation.default ?? validation;

for await (const line of createInterface({ input: process.stdin })) {
    let problems;
    try {
        const statements = JSON.parse(line);
        problems = (Array.isArray(statements) ? statements : [statements]).flatMap((statement, index) =>
            validate(statement).map(warning =>
                `statement[${index}]${warning.path.slice(1).map(step => '.' + step).join('')}: `
                + `${warning.typeName ?? warning.message} (${warning.name})`));
    } catch (error) {
        problems = [`not JSON: ${error.message}`];
    }
    process.stdout.write(JSON.stringify(problems) + '\n');
}

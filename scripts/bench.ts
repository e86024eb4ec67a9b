// npm run bench -- [--quick] [--duration S] [--only pages,comments,queue,weight,digest]
// Measures the site against baselines from the same run on this machine; prints a table and
// writes bench/results.json (docs/0008-benchmarks.md). Not part of npm test.
import './lib/load-env-files';
import { parseBenchOptions, USAGE } from '../bench/options';
import { formatTable, writeResults } from '../bench/report';
import { runBench } from '../bench/run-bench';
import { loadCommandConfig } from './lib/load-command-config';

let options;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
// The same checks as every command; the run itself uses a database and secret of its own.
loadCommandConfig();

const startedAt = new Date();
const figures = await runBench(options, (line) => console.log(`▸ ${line}`));
console.log(`\n${formatTable(figures)}`);
writeResults('bench/results.json', figures, options, startedAt);
console.log('\nWrote bench/results.json');
process.exit(figures.some((f) => f.skipped?.startsWith('failed')) ? 1 : 0);

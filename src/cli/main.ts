/** Entry point of the `speclint` command (bundled to dist/cli.js). */
import { run } from './run.js';
import { isLintWorker, serveLintJobs } from './pool.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (isLintWorker()) serveLintJobs();
else main();

function main(): void {
// `speclint … | head` closes the pipe early: stop quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), { cwd: process.cwd(), stdin: readStdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`speclint: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.SPECLINT_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  },
);
}

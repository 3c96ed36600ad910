import { readFileSync } from 'node:fs';
import { lint } from './src/engine/index.js';
import { rules } from './src/rules/index.js';
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean)) {
  const r: any = lint(line + '\n', { rules } as any);
  console.log(JSON.stringify(r.diagnostics.map((d: any) => [d.ruleId, d.severity[0], line.slice(d.range.start.offset, d.range.end.offset)])), '|', line.slice(0, 90));
}

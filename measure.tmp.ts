import fs from 'node:fs';
import { lint } from './src/engine/index.js';
import { rules } from './src/rules/index.js';
const PHR = new Set(rules.filter((r) => r.meta.category === 'phrasing').map((r) => r.id));
const files = process.argv.slice(2);
const useEval = !!process.env.EVAL;
const second = new Map<string, any>();
if (fs.existsSync('/tmp/newsents/second.jsonl')) for (const l of fs.readFileSync('/tmp/newsents/second.jsonl', 'utf8').split('\n')) if (l.trim()) { const o = JSON.parse(l); second.set(o.id, o); }
const useSecond = process.env.LABELS === 'agreed';
let tp = 0, fp = 0, pos = 0, found = 0;
const per: Record<string, number[]> = {};
const miss: string[] = [], fa: string[] = [];
const same = (a: string, b: string) => a === b || (['no-minimizers', 'no-demands'].includes(a) && ['no-minimizers', 'no-demands'].includes(b));
for (const f of files) for (const l of fs.readFileSync(f, 'utf8').split('\n')) {
  if (!l.trim()) continue;
  const s = JSON.parse(l);
  let lab: string[] = s.settled?.rules ?? s.second?.rules ?? s.rules;
  if (useSecond) { const o = second.get(s.id); if (!o) continue; const agree = (lab.length === 0) === (o.rules.length === 0); if (!agree) continue; }
  const text = s.context === 'launch' ? `---\ntype: launch\n---\n\n${s.text}\n` : `${s.text}\n`;
  const got = [...new Set(lint(text, { rules } as any).diagnostics.filter((d: any) => PHR.has(d.ruleId) && d.severity !== 'info').map((d: any) => d.ruleId))];
  if (lab.length) pos++;
  for (const r of lab) (per[r] ??= [0, 0, 0, 0])[2]++;
  if (lab.length && got.some((g) => lab.some((x) => same(g, x)))) { found++; for (const r of lab) if (got.some((g) => same(g, r))) per[r]![3]++; }
  else if (lab.length) miss.push(`${s.id} [${lab}] ${s.text.slice(0, 160)}`);
  if (got.length) { if (lab.length && got.some((g) => lab.some((x) => same(g, x)))) tp++; else { fp++; fa.push(`${s.id} (${got}) ${s.text.slice(0, 160)}`); } }
}
console.log(`precision ${(100 * tp / (tp + fp)).toFixed(1)} (${tp}/${tp + fp})  recall ${(100 * found / pos).toFixed(1)} (${found}/${pos})`);
for (const [r, v] of Object.entries(per)) console.log(r, `caught ${v[3]}/${v[2]}`);
console.log('\nMISSES'); miss.forEach((m) => console.log(m));
console.log('\nFALSE ALARMS'); fa.forEach((m) => console.log(m));

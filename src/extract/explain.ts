// `entente extract --explain`: each fact with the rule that produced it and its
// sentence, actors marked, so a wrong fact can be traced to its cause in one step.
import type { PipelineResult } from './pipeline.ts';

function marked(result: PipelineResult, sentence: number): string {
  const s = result.text.sentences[sentence]!;
  const text = result.text.text;
  let out = '';
  let at = s.start;
  for (const m of result.mentions.mentions) {
    if (m.sentence !== sentence || m.start < at) continue;
    out += text.slice(at, m.start) + `[${text.slice(m.start, m.end)}]{${m.entity}}`;
    at = m.end;
  }
  return (out + text.slice(at, s.end)).replace(/\s+/g, ' ');
}

export function explain(result: PipelineResult): string {
  const lines: string[] = [`# ${result.extraction.document.source}`];
  for (const d of result.diagnostics) lines.push(`  note: ${d}`);
  for (const f of result.events) {
    const e = f.event;
    const extras = [e.date ? `date ${e.date.value} (${e.date.basis})` : null, e.amount ? `amount ${e.amount.text}` : null,
      e.modality !== 'asserted' ? e.modality : null, e.negated ? 'negated' : null, e.attribution ? `per ${e.attribution}` : null]
      .filter(Boolean).join(', ');
    lines.push(`EVENT ${e.type}${e.mode ? `/${e.mode}` : ''} ${e.source} -> ${e.target ?? '-'}${e.third ? ` (third: ${e.third})` : ''}${extras ? `  [${extras}]` : ''}`);
    lines.push(`  rule: ${f.rule}`);
    lines.push(`  text: ${marked(result, f.sentence)}`);
  }
  for (const f of result.relations) {
    const r = f.relation;
    lines.push(`RELATION ${r.type} ${r.source} -> ${r.target}${r.role ? ` (${r.role})` : ''}`);
    lines.push(`  rule: ${f.rule}`);
    lines.push(`  text: ${marked(result, f.sentence)}`);
  }
  return lines.join('\n');
}

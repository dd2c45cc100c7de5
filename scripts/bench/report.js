'use strict';

// The bench's output: an aligned text table for the terminal and the same figures as BENCHMARKS.md.

const MET = { true: 'yes', false: 'NO', null: '—' };

/** The Met cell: yes / NO / — for true / false / null, or the text given. */
function metText(met) {
  return typeof met === 'string' ? met : MET[met];
}

/** Whether `figure` is within `goal`: 'yes', or how many bytes it is over ('not yet: 533 B over'). */
function goalMet(figure, goal) {
  return figure <= goal ? 'yes' : `not yet: ${bytes(figure - goal)} over`;
}

function bytes(n) {
  return `${n.toLocaleString('en-US')} B`;
}

function kib(n) {
  return `${bytes(n)} (${(n / 1024).toFixed(2)} KiB)`;
}

function ms(n) {
  return `${n < 0.1 ? n.toFixed(4) : n < 10 ? n.toFixed(3) : n.toFixed(1)} ms`;
}

function us(n) {
  return `${n.toFixed(1)} µs`;
}

/**
 * One row: a measure, its figure, its target ('' when the issue sets none) and whether it is met (null: no target; a
 * string says how far it is from the target).
 */
function row(measure, figure, target = '', met = null) {
  return { measure, figure, target, met };
}

function textTable(sections) {
  const all = sections.flatMap((s) => s.rows);
  const widths = [
    Math.max(7, ...all.map((r) => r.measure.length)),
    Math.max(6, ...all.map((r) => r.figure.length)),
    Math.max(6, ...all.map((r) => r.target.length)),
  ];
  const line = (cells) =>
    cells
      .map((c, i) => (i < widths.length ? c.padEnd(widths[i]) : c))
      .join('  ')
      .trimEnd();
  const out = [
    line(['Measure', 'Figure', 'Target', 'Met']),
    line(widths.map((w) => '-'.repeat(w)).concat('---')),
  ];
  for (const section of sections) {
    out.push('', `[${section.title}]`);
    for (const r of section.rows) out.push(line([r.measure, r.figure, r.target, metText(r.met)]));
  }
  return out.join('\n');
}

function escapeCell(text) {
  return String(text).replace(/\|/g, '\\|');
}

function markdownTable(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((cells) => `| ${cells.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

function markdownRows(rows) {
  return markdownTable(
    ['Measure', 'Figure', 'Target', 'Met'],
    rows.map((r) => [r.measure, r.figure, r.target || '—', metText(r.met)]),
  );
}

module.exports = { bytes, kib, ms, us, row, textTable, markdownTable, markdownRows, MET, metText, goalMet };

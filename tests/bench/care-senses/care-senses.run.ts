/**
 * The sense benchmark (`npm run bench:senses`): does each care term the extension marks on
 * real pages carry the sense its card explains, and is every such use marked?
 *
 * Reads ../shared/real-pages/care/ (120 real pages' opening text, listed with their sources
 * in its README; never copied into the project) and runs the content script's own scan and
 * sense decision on each (highlighting/scan.ts, utils/highlight/care-context.ts),
 * with the default settings, in happy-dom. Every occurrence of a glossary form is listed:
 * shown or held back, with its sentence. Each was judged once by reading it; the judgements
 * are in ./labels.json, keyed by page, a hash of the sentence and the form (so no page text
 * is kept here), with a few words where the card would be wrong. Printed: precision (right
 * among shown) and recall (shown among right) per language, the care pages with at least
 * one mark, every wrong or missed occurrence, and the occurrences not judged yet (written
 * to a file in the system's temp folder, for judging; HSC_PRUNE_LABELS=1 drops the judgements
 * of occurrences no longer found, after a change of forms).
 *
 * With HSC_NEWS=1 it also counts the news pages in ../shared/real-pages/news/ with any mark
 * (an estimate: the page's language is its declared one; `npm run bench:precision` measures
 * them in Chromium with the built extension).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { it } from 'vitest';
import { content } from '../../../utils/texts';
import { senseScan } from '../../support/sense-scan';
import type { ScannedForm } from '../../support/sense-scan';
import type { GlossaryId } from '../../../utils/texts/glossary-links';

const ROOT = join(__dirname, '../../..');
const CARE = process.env.HSC_CARE_DIR ?? join(ROOT, '../shared/real-pages/care');
const NEWS = process.env.HSC_NEWS_DIR ?? join(ROOT, '../shared/real-pages/news');
const LABELS = join(__dirname, 'labels.json');
const UNLABELLED = join(tmpdir(), 'hsc-care-senses-unlabelled.tsv');
const RESULTS = join(ROOT, 'tests/bench/results/care-senses.json');
const TARGETS = { precision: 0.98, recall: 0.95, carePagesMarked: 0.8 };

interface Label {
  label: 'right' | 'wrong';
  note?: string;
}

interface Occurrence extends ScannedForm {
  key: string;
  page: string;
}

const hash = (text: string) =>
  createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 10);

/** Every glossary form on a page: shown or held back, with its sentence. */
async function occurrencesOf(page: string, html: string): Promise<Occurrence[]> {
  const listed = await senseScan(html);
  const seen = new Map<string, number>();
  return listed.map((item) => {
    const base = `${page}#${hash(item.sentence)}#${item.form}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...item, page, key: `${base}#${n}` };
  });
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

it('care senses on real pages', async () => {
  if (!existsSync(CARE)) {
    console.log(`No care pages in ${CARE} (set HSC_CARE_DIR to their folder).`);
    return;
  }
  const readme = readFileSync(join(CARE, 'README.md'), 'utf8');
  const isCarePage = new Map<string, boolean>();
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (/^(en|nl)-\d+\.html$/.test(cells[1] ?? '')) {
      isCarePage.set(cells[1]!, (cells.at(-2) ?? '').startsWith('care'));
    }
  }
  const labels = existsSync(LABELS)
    ? (JSON.parse(readFileSync(LABELS, 'utf8')) as Record<string, Label>)
    : {};
  const pages = readdirSync(CARE)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const all: Occurrence[] = [];
  for (const page of pages) {
    all.push(...(await occurrencesOf(page, readFileSync(join(CARE, page), 'utf8'))));
  }

  const report: Record<string, unknown> = { date: new Date().toISOString(), pages: pages.length };
  const lines: string[] = [];
  for (const lang of ['en', 'nl']) {
    const mine = all.filter((o) => o.page.startsWith(lang));
    const judged = mine.filter((o) => labels[o.key]);
    const right = judged.filter((o) => labels[o.key]!.label === 'right');
    const shown = judged.filter((o) => o.shown);
    const shownRight = shown.filter((o) => labels[o.key]!.label === 'right');
    const precision = ratio(shownRight.length, shown.length);
    const recall = ratio(shownRight.length, right.length);
    const carePages = pages.filter((p) => p.startsWith(lang) && isCarePage.get(p));
    const marked = carePages.filter((p) => mine.some((o) => o.page === p && o.shown));
    lines.push(
      `${lang}: precision ${pct(precision)} (${shownRight.length} right of ${shown.length} shown; target ${pct(TARGETS.precision)}), ` +
        `recall ${pct(recall)} (${shownRight.length} of ${right.length} right uses shown; target ${pct(TARGETS.recall)}), ` +
        `care pages with a mark ${marked.length} of ${carePages.length} (${pct(ratio(marked.length, carePages.length))}); ` +
        `${mine.length} occurrences, ${mine.length - judged.length} not judged yet`,
    );
    report[lang] = {
      occurrences: mine.length,
      judged: judged.length,
      shown: shown.length,
      shownRight: shownRight.length,
      right: right.length,
      precision,
      recall,
      carePages: carePages.length,
      carePagesMarked: marked.length,
      carePagesWithoutMark: carePages
        .filter((p) => !marked.includes(p))
        .map((p) => ({
          page: p,
          heldBack: mine.filter((o) => o.page === p).map((o) => o.form),
        })),
      wrongShown: shown.filter((o) => labels[o.key]!.label === 'wrong').map((o) => o.key),
      missed: right.filter((o) => !o.shown).map((o) => o.key),
    };
  }
  const describe = (o: Occurrence) =>
    `  ${o.page} ${o.form} [${o.id}; ${o.why}]${labels[o.key]?.note ? ` (${labels[o.key]!.note})` : ''}: ${o.sentence}`;
  const wrong = all.filter((o) => o.shown && labels[o.key]?.label === 'wrong');
  const missed = all.filter((o) => !o.shown && labels[o.key]?.label === 'right');
  console.log(
    [
      '',
      'Care senses on real pages (../shared/real-pages/care)',
      ...lines,
      `Shown in a sense its card does not explain (${wrong.length}):`,
      ...wrong.map(describe),
      `Held back though used in the card's sense (${missed.length}):`,
      ...missed.map(describe),
    ].join('\n'),
  );
  const unjudged = all.filter((o) => !labels[o.key]);
  writeFileSync(
    UNLABELLED,
    unjudged
      .map((o) =>
        [
          o.key,
          o.id,
          o.form,
          o.shown ? 'shown' : 'held',
          content[o.page.startsWith('nl') ? 'nl' : 'en'].glossary[o.id as GlossaryId]
            ?.explanation ?? o.id,
          o.sentence,
        ].join('\t'),
      )
      .join('\n'),
  );
  if (unjudged.length > 0)
    console.log(`Not judged yet: ${unjudged.length}, listed in ${UNLABELLED}`);
  const stale = Object.keys(labels).filter((key) => !all.some((o) => o.key === key));
  if (stale.length > 0 && process.env.HSC_PRUNE_LABELS) {
    // After a change of forms: the judgements of occurrences no longer found are dropped.
    for (const key of stale) delete labels[key];
    const sorted = Object.fromEntries(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(LABELS, `${JSON.stringify(sorted, null, 2)}\n`);
    console.log(`Dropped ${stale.length} judgements of occurrences no longer found.`);
  } else if (stale.length > 0) {
    console.log(
      `Judgements of occurrences no longer found: ${stale.length} (HSC_PRUNE_LABELS=1 drops them)`,
    );
  }

  if (process.env.HSC_NEWS && existsSync(NEWS)) {
    const files = readdirSync(NEWS).filter((name) => name.endsWith('.html.gz'));
    const marked: string[] = [];
    for (const file of files) {
      const found = await occurrencesOf(
        file,
        gunzipSync(readFileSync(join(NEWS, file))).toString(),
      );
      const shown = found.filter((o) => o.shown);
      if (shown.length > 0) {
        marked.push(
          `${file}: ${[...new Set(shown.map((o) => `${o.form} (${o.why})`))].join(', ')}`,
        );
        if (process.env.HSC_SENSES_DEBUG) {
          for (const o of shown) marked.push(`    ${o.form}: ${o.sentence.slice(0, 200)}`);
        }
      }
    }
    console.log(
      `News pages with a mark (estimate): ${marked.length} of ${files.length} (${pct(marked.length / files.length)})`,
    );
    for (const line of marked) console.log(`  ${line}`);
    report.news = { pages: files.length, marked };
  }
  writeFileSync(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
});

/**
 * My tips as a printable Markdown document. Plain TypeScript, no browser globals.
 *
 * User text is plain text: it is escaped so that it cannot make links, images, headings,
 * lists, tables, code or HTML, yet stays readable in the source. Only the structure this
 * module writes (the heading, list items, labels, the blockquote and the source link) is
 * Markdown.
 */
import type { Lang, TipId } from '../texts/ids';
import type { MyTip } from './model';
import { visibleTips } from './tips-ops';

export interface MarkdownOptions {
  /** The language the document is in; `builtInTitle`, `builtInEssence` and the labels
   * answer in it. */
  lang: Lang;
  /** The document's heading ("My tips"). */
  title: string;
  builtInTitle: (id: TipId) => string;
  builtInEssence: (id: TipId) => string;
  /** Words for the field labels ("Note", "Tags", "Source"), without a colon. */
  labels: { note: string; tags: string; source: string };
  /** A line under the heading ("Exported on 3 May 2025"). */
  exportedOn: string;
}

/** Continuation lines of a list item are indented under its text. */
const INDENT = '  ';
/** Two trailing spaces: a line break inside a paragraph, invisible in the source. */
const BREAK = '  ';

/**
 * One line of user text, escaped: Markdown punctuation gets a backslash, an `&` that would
 * start a character reference is escaped, and what would open a block at the start of a
 * line (a list, a numbered list, a setext heading underline) is neutralised.
 */
export function escapeMarkdownLine(line: string): string {
  let out = line
    .trim()
    .replace(/[\\`*_[\]()#<>!|~]/g, '\\$&')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '\\&');
  if (/^[-+=]/.test(out)) out = `\\${out}`;
  out = out.replace(/^(\d+)\./, '$1\\.');
  return out;
}

/** Text on one line: white space, newlines included, becomes single spaces. */
const oneLine = (text: string) => escapeMarkdownLine(text.replace(/\s+/g, ' '));

/** The lines of a possibly multi-line field, escaped; blank lines stay blank (a new
 * paragraph inside the item). */
function fieldLines(text: string): string[] {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine);
}

/** Lines of one field, `first` before the first line, each later line after `prefix`. */
function paragraph(lines: readonly string[], first: string, prefix: string): string[] {
  return lines.map((line, index) => `${index === 0 ? first : prefix}${line}`.trimEnd());
}

/** A line that ends a paragraph: empty, or an empty blockquote line. */
const isBlank = (line: string) => line.trim() === '' || line.trim() === '>';

/** Only web addresses become links; anything else (javascript:, data:) is left out. */
function safeUrl(url: string | undefined): string | null {
  const trimmed = (url ?? '').trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return null;
  // Characters that would end or confuse a link destination are percent-encoded.
  return trimmed.replace(
    /[()<>[\]\\"'`]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function tipLines(tip: MyTip, options: MarkdownOptions): string[] {
  const heading = tip.builtIn
    ? [`${options.builtInTitle(tip.builtIn)} — ${options.builtInEssence(tip.builtIn)}`]
    : [tip.text];
  const mainLines = heading.flatMap(fieldLines);
  const lines = paragraph(mainLines, '- ', INDENT);

  const note = tip.note.trim();
  if (note !== '')
    lines.push(
      ...paragraph(fieldLines(note), `${INDENT}**${oneLine(options.labels.note)}:** `, INDENT),
    );

  const tags = tip.tags.map(oneLine).filter((tag) => tag !== '');
  if (tags.length > 0)
    lines.push(
      `${INDENT}**${oneLine(options.labels.tags)}:** ${tags.map((tag) => `#${tag}`).join(' ')}`,
    );

  if (tip.source) {
    const { quote, pageTitle, url } = tip.source;
    const link = safeUrl(url);
    const title = oneLine(pageTitle) || (link ? oneLine(url ?? '') : '');
    const attribution = title === '' ? '' : link ? `— [${title}](${link})` : `— ${title}`;
    const quoteLines = quote.trim() === '' ? [] : fieldLines(quote);
    if (quoteLines.length > 0 || attribution !== '') {
      lines.push(`${INDENT}**${oneLine(options.labels.source)}:**`);
      const quoted = paragraph(quoteLines, `${INDENT}> `, `${INDENT}> `);
      if (quoteLines.length > 0 && attribution !== '') quoted.push(`${INDENT}>`);
      if (attribution !== '') quoted.push(`${INDENT}> ${attribution}`);
      lines.push(...quoted);
    }
  }

  // A line break after every line that another line of the same paragraph follows, so that
  // each field and each line of a field keeps its own line when rendered.
  return lines.map((line, index) => {
    const next = lines[index + 1];
    return next !== undefined && !isBlank(line) && !isBlank(next) ? `${line}${BREAK}` : line;
  });
}

/**
 * The live tips (sorted by their order, deleted ones left out) as a Markdown document:
 * `# title`, the export line, then one list item per tip with its note, tags and source.
 */
export function tipsToMarkdown(tips: readonly MyTip[], options: MarkdownOptions): string {
  const out = [`# ${oneLine(options.title)}`, '', oneLine(options.exportedOn), ''];
  for (const tip of visibleTips(tips)) out.push(...tipLines(tip, options), '');
  return out.join('\n');
}

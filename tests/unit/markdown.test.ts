import { describe, expect, it } from 'vitest';
import { content } from '../../utils/texts';
import type { Lang } from '../../utils/texts/ids';
import { escapeMarkdownLine, tipsToMarkdown } from '../../utils/my-data/markdown';
import type { MarkdownOptions } from '../../utils/my-data/markdown';
import { myTip as tip } from './support/my-data';

function options(lang: Lang = 'en'): MarkdownOptions {
  return {
    lang,
    title: lang === 'en' ? 'My tips' : 'Mijn tips',
    builtInTitle: (id) => content[lang].tips[id].title,
    builtInEssence: (id) => content[lang].tips[id].essence,
    labels:
      lang === 'en'
        ? { note: 'Note', tags: 'Tags', source: 'Source' }
        : { note: 'Notitie', tags: 'Labels', source: 'Bron' },
    exportedOn: lang === 'en' ? 'Exported on 15 June 2025' : 'Geëxporteerd op 15 juni 2025',
  };
}

/** The lines that are not blank. */
const lines = (markdown: string) => markdown.split('\n').filter((line) => line.trim() !== '');

describe('tipsToMarkdown', () => {
  it('starts with the title and the export line', () => {
    const markdown = tipsToMarkdown([], options());
    expect(markdown.split('\n').slice(0, 3)).toEqual(['# My tips', '', 'Exported on 15 June 2025']);
  });

  it('lists live tips by their order and leaves deleted ones out', () => {
    const markdown = tipsToMarkdown(
      [
        tip('third', { order: 5 }),
        tip('first', { order: -2 }),
        tip('deleted', { order: 0, text: 'Deleted tip', deleted: true }),
        tip('second', { order: 1 }),
      ],
      options(),
    );
    const items = lines(markdown).filter((line) => line.startsWith('- '));
    expect(items).toEqual(['- Tip first', '- Tip second', '- Tip third']);
    expect(markdown).not.toContain('Deleted tip');
  });

  it('shows a built-in tip as its title and essence in the given language', () => {
    const tips = [tip('b', { text: '', builtIn: 'ego-aside' })];
    for (const lang of ['en', 'nl'] as const) {
      const { title, essence } = content[lang].tips['ego-aside'];
      const item = lines(tipsToMarkdown(tips, options(lang)))[2];
      expect(item).toBe(`- ${escapeMarkdownLine(`${title} — ${essence}`)}`);
    }
    expect(content.en.tips['ego-aside'].title).not.toBe(content.nl.tips['ego-aside'].title);
  });

  it('adds the note, tags and source under the tip', () => {
    const markdown = tipsToMarkdown(
      [
        tip('a', {
          text: 'Ask before advising',
          note: 'From supervision',
          tags: ['supervision', 'silence'],
          source: { quote: 'Ask first.', pageTitle: 'A page', url: 'https://example.org/a' },
        }),
      ],
      options(),
    );
    expect(markdown).toBe(
      [
        '# My tips',
        '',
        'Exported on 15 June 2025',
        '',
        '- Ask before advising  ',
        '  **Note:** From supervision  ',
        '  **Tags:** #supervision #silence  ',
        '  **Source:**  ',
        '  > Ask first.',
        '  >',
        '  > — [A page](https://example.org/a)',
        '',
      ].join('\n'),
    );
  });

  it('shows the page title without a link when there is no web address', () => {
    const noUrl = tipsToMarkdown(
      [tip('a', { source: { quote: 'q', pageTitle: 'Page' } })],
      options(),
    );
    expect(noUrl).toContain('  > — Page');
    expect(noUrl).not.toContain('](');

    const script = tipsToMarkdown(
      [tip('a', { source: { quote: 'q', pageTitle: 'Page', url: 'javascript:alert(1)' } })],
      options(),
    );
    expect(script).toContain('  > — Page');
    expect(script).not.toContain('javascript');
  });

  it('keeps a web address with brackets from breaking out of the link', () => {
    const markdown = tipsToMarkdown(
      [tip('a', { source: { quote: '', pageTitle: 'P', url: 'https://e.org/a(b)<c>' } })],
      options(),
    );
    expect(markdown).toContain('[P](https://e.org/a%28b%29%3Cc%3E)');
  });

  it('escapes user text so it cannot make links, HTML or headings', () => {
    const markdown = tipsToMarkdown(
      [
        tip('link', { text: '[x](javascript:alert(1))', order: 1 }),
        tip('html', { text: '<script>alert(1)</script>', order: 2 }),
        tip('heading', { text: '# heading', order: 3 }),
        tip('image', { text: '![i](https://e.org/i.png) *bold* _it_ `code` a|b', order: 4 }),
        tip('list', { text: '- not a list', order: 5 }),
        tip('numbered', { text: '1. not numbered', order: 6 }),
        tip('entity', { text: '&lt;b&gt; & you', order: 7 }),
      ],
      options(),
    );
    const items = lines(markdown).slice(2);
    expect(items).toEqual([
      '- \\[x\\]\\(javascript:alert\\(1\\)\\)',
      '- \\<script\\>alert\\(1\\)\\</script\\>',
      '- \\# heading',
      '- \\!\\[i\\]\\(https://e.org/i.png\\) \\*bold\\* \\_it\\_ \\`code\\` a\\|b',
      '- \\- not a list',
      '- 1\\. not numbered',
      '- \\&lt;b\\&gt; & you',
    ]);
    expect(markdown).not.toMatch(/[^\\][[<]/);
  });

  it('escapes tags, notes, quotes and page titles too', () => {
    const markdown = tipsToMarkdown(
      [
        tip('a', {
          note: '<img src=x onerror=alert(1)>',
          tags: ['a_b', '[x]'],
          source: { quote: '# q', pageTitle: '[t](javascript:1)', url: 'https://e.org' },
        }),
      ],
      options(),
    );
    expect(markdown).toContain('**Note:** \\<img src=x onerror=alert\\(1\\)\\>');
    expect(markdown).toContain('#a\\_b #\\[x\\]');
    expect(markdown).toContain('  > \\# q');
    expect(markdown).toContain('> — [\\[t\\]\\(javascript:1\\)](https://e.org)');
  });

  it('turns newlines in a field into indented continuation lines', () => {
    const markdown = tipsToMarkdown(
      [
        tip('a', {
          text: 'First line\nsecond line',
          note: 'One\n# not a heading\n\n- not a list\n===',
          source: { quote: 'q1\nq2', pageTitle: 'P' },
        }),
      ],
      options(),
    );
    expect(markdown.split('\n').slice(4)).toEqual([
      '- First line  ',
      '  second line  ',
      '  **Note:** One  ',
      '  \\# not a heading',
      '',
      '  \\- not a list  ',
      '  \\===  ',
      '  **Source:**  ',
      '  > q1  ',
      '  > q2',
      '  >',
      '  > — P',
      '',
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox } from './support/firefox';
import type { FirefoxSession } from './support/firefox';
import { startFixtureServer } from './support/server';
import type { FixtureServer } from './support/server';

describe('highlighting in Firefox ESR', () => {
  let session: FirefoxSession;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights the terms of a Dutch article, without changing the page', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('article-nl.html'));
    const read = () =>
      page.evaluate(() => {
        const texts: string[] = [];
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('hsc-') || name === 'hsc-active') continue;
          for (const r of highlight as unknown as Iterable<AbstractRange>) {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            texts.push(range.toString().replace(/\s+/g, ' ').toLowerCase());
          }
        }
        return texts;
      });
    // A page that finished loading before Firefox registered the freshly installed
    // extension's content script has none (as for any extension): load it again then.
    for (let attempt = 0; attempt < 3 && !(await read()).includes('gedwongen kader'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      if (!(await read()).includes('gedwongen kader')) await page.reload();
    }
    await expect.poll(read, { timeout: 10_000 }).toContain('gedwongen kader');
    const texts = await read();
    expect(texts).toContain('zelfregie');
    expect(texts).toContain('holding space');
    expect(texts.join('|')).not.toContain('triggerhappy');
    expect(await page.evaluate(() => document.querySelectorAll('mark, hsc-companion').length)).toBe(
      0,
    );
    await page.close();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMatcherSet } from '../../utils/highlight/matcher-set';
import { glossaryTermsByLang } from '../../utils/texts/glossary-terms';
import type * as Scan from '../../highlighting/scan';

/** The real scan, except that the first one throws, as on an odd page (a node gone mid-walk). */
const scanCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../highlighting/scan', async (importOriginal) => {
  const real = await importOriginal<typeof Scan>();
  return {
    ...real,
    scanRoot: (...args: Parameters<typeof real.scanRoot>) => {
      scanCalls.count++;
      if (scanCalls.count === 1) return Promise.reject(new Error('a strange page'));
      return real.scanRoot(...args);
    },
  };
});

const { startHighlighter } = await import('../../highlighting/highlighter');

/** happy-dom has no CSS Custom Highlight API: a registry and highlights that hold ranges. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
/** …nor StaticRange: a range that only holds its ends. */
class FakeStaticRange {
  constructor(init: StaticRangeInit) {
    Object.assign(this, init);
  }
}

/** The scan yields to the page with a MessageChannel: here one that answers on a (fake) timer. */
class TimerChannel {
  port1: { onmessage: (() => void) | null; close: () => void } = {
    onmessage: null,
    close: () => undefined,
  };
  port2 = { postMessage: () => setTimeout(() => this.port1.onmessage?.(), 0) };
}

describe('the highlighter on a page where one scan fails', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('StaticRange', FakeStaticRange);
    vi.stubGlobal('MessageChannel', TimerChannel);
    vi.stubGlobal('CSS', { highlights: new Map<string, FakeHighlight>() });
    scanCalls.count = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('goes on highlighting what the page adds later', async () => {
    document.body.innerHTML = '<main><p>Notes on the drama triangle.</p></main>';
    const highlighter = startHighlighter(document, {
      isOwnUi: () => false,
      terms: {
        matchers: createMatcherSet(glossaryTermsByLang, [], []),
        pageLanguages: ['en'],
      },
      everydayMode: 'care-pages',
      settings: { style: 'underline', colour: 'teal' },
    });
    await vi.runAllTimersAsync();
    expect(scanCalls.count).toBe(1);
    expect(highlighter.shown).toEqual([]);

    const added = document.createElement('p');
    added.textContent = 'Later: compassion fatigue in the team.';
    document.querySelector('main')!.append(added);
    await vi.runAllTimersAsync();

    expect(scanCalls.count).toBe(2);
    expect(highlighter.shown.map((found) => found.id)).toEqual(['compassion-fatigue']);
    highlighter.stop();
  });
});

export type PageSpec = { lines: string[] } | { image: true };
export function makePdf(spec: { pages: PageSpec[]; password?: string; title?: string }): Buffer;
export function makeBrokenPdf(): Buffer;
export const CARE_PAGES: { lines: string[] }[];
export function viewerFixtures(): Record<string, Buffer>;
export function makeLongPdf(count: number): Buffer;

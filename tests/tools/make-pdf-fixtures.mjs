// Writes the viewer's fixture PDFs (tests/browser/fixtures/pdf/) from tests/support/make-pdf.mjs.
// A unit test checks the committed files are exactly what this makes.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { viewerFixtures } from '../support/make-pdf.mjs';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../browser/fixtures/pdf');
for (const [name, bytes] of Object.entries(viewerFixtures())) {
  writeFileSync(join(dir, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}

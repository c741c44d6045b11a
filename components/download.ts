/** Saves text as a file in the user's downloads, from an extension page (no network, no
 * permission). Bewaart tekst als bestand in je downloads. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

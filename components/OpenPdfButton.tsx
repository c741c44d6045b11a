import { useEffect, useState } from 'preact/hooks';
import type { UiText } from '../utils/texts/ui-types';

interface Props {
  ui: UiText;
  /** The address of the PDF the current tab shows, or null (see entrypoints/popup/active-tab.ts). */
  findPdf: () => Promise<string | null>;
  open: (address: string) => void;
}

/** "Open this PDF with highlights": shown only when the current tab shows a PDF. */
export function OpenPdfButton({ ui, findPdf, open }: Props) {
  const [address, setAddress] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void findPdf().then((found) => live && setAddress(found));
    return () => {
      live = false;
    };
  }, [findPdf]);
  if (!address) return null;
  return (
    <div class="open-pdf">
      <button type="button" class="primary" data-action="open-pdf" onClick={() => open(address)}>
        {ui.popupOpenPdf}
      </button>
      <p class="hint">{ui.popupOpenPdfNote}</p>
    </div>
  );
}

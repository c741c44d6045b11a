import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useStoredValue } from '../../components/stored-value';
import { content } from '../../utils/texts';
import type { Lang } from '../../utils/texts/ids';
import type { Store } from '../../utils/storage/store';
import { fileNameOf, problemOf, siteName } from '../../utils/pdf/input';
import type { PdfProblem } from '../../utils/pdf/input';
import { indexDocument } from './document-index';
import type { DocumentIndex } from './document-index';
import { PasswordCancelled, PdfView } from './pdf-view';
import type { ScaleChoice } from './pdf-view';
import { askToRead, canRead, readFromWeb, readLocalFile } from './sources';
import type { Loaded } from './sources';

type Status =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'password'; wrong: boolean }
  | { kind: 'problem'; problem: PdfProblem }
  | { kind: 'permission'; address: string; refused: boolean };

/** What the page does with an open document (the highlighting; see highlighting.ts). */
export interface OpenedDocument {
  view: PdfView;
  document: PDFDocumentProxy;
  index: DocumentIndex;
  /** The PDF's site, or "" for a local file. */
  hostname: string;
  /** The language the page is shown in now. */
  lang: () => Lang;
}

interface Props {
  language: Store<Lang | null>;
  browserLang: Lang;
  /** `?file=`: an address to read, a reason it can't be read, or nothing. */
  initial: { url: string } | { problem: PdfProblem } | null;
  /** Called with each document opened, and with null when it is closed. */
  onDocument?: (opened: OpenedDocument | null) => void;
}

const PRESETS: ScaleChoice[] = ['page-width', 'page-fit', 0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** True when a key press is meant for a form field, not for paging through the PDF. */
const inField = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, select, textarea, button') !== null;

export function ViewerApp({ language, browserLang, initial, onDocument }: Props) {
  const chosen = useStoredValue(language);
  const lang = chosen ?? browserLang;
  const { ui } = content[lang];
  const langRef = useRef(lang);
  langRef.current = lang;
  const containerRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const viewRef = useRef<PdfView | null>(null);
  const indexRef = useRef<DocumentIndex | null>(null);
  const passwordRef = useRef<((password: string | null) => void) | null>(null);
  /** Each open counts up: an older open that finishes late changes nothing. */
  const openCount = useRef(0);
  const [status, setStatus] = useState<Status>(
    initial === null
      ? { kind: 'empty' }
      : 'problem' in initial
        ? { kind: 'problem', problem: initial.problem }
        : { kind: 'loading' },
  );
  const [name, setName] = useState<string | null>(null);
  const [pages, setPages] = useState(0);
  const [page, setPage] = useState(1);
  const [pageInput, setPageInput] = useState('1');
  const [scale, setScale] = useState<{ value: number; preset: string | null }>({
    value: 1,
    preset: 'page-width',
  });
  const [noText, setNoText] = useState(false);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = name ? `${name} – ${ui.viewerTitle}` : ui.viewerTitle;
  }, [lang, ui, name]);

  const view = () => {
    if (!viewRef.current && containerRef.current) {
      viewRef.current = new PdfView(containerRef.current, {
        page: (n) => {
          setPage(n);
          setPageInput(String(n));
        },
        scale: (value, preset) => setScale({ value, preset }),
        textLayer: () => undefined,
      });
    }
    return viewRef.current!;
  };

  const askPassword = useCallback(
    (wrong: boolean) =>
      new Promise<string | null>((resolve) => {
        passwordRef.current = resolve;
        setStatus({ kind: 'password', wrong });
      }),
    [],
  );

  const openLoaded = async (loaded: Loaded, fileName: string, hostname = '') => {
    const mine = ++openCount.current;
    const current = () => openCount.current === mine;
    // A password asked for by an earlier open is no longer wanted.
    passwordRef.current?.(null);
    passwordRef.current = null;
    indexRef.current?.stop();
    indexRef.current = null;
    onDocument?.(null);
    setNoText(false);
    if ('problem' in loaded) {
      await viewRef.current?.close();
      setPages(0);
      setName(null);
      setStatus({ kind: 'problem', problem: loaded.problem });
      return;
    }
    setStatus({ kind: 'loading' });
    const pdf = view();
    let document: PDFDocumentProxy;
    try {
      document = await pdf.open(loaded.data, askPassword);
    } catch (error) {
      if (!current()) return;
      setPages(0);
      setName(null);
      setStatus(
        error instanceof PasswordCancelled
          ? { kind: 'empty' }
          : { kind: 'problem', problem: problemOf(error) },
      );
      return;
    }
    if (!current()) return;
    setName(fileName);
    setPages(document.numPages);
    setPage(1);
    setPageInput('1');
    setStatus({ kind: 'ready' });
    containerRef.current?.focus();
    const index = indexDocument(document);
    indexRef.current = index;
    void index.done.then(() => {
      if (indexRef.current !== index) return;
      setNoText(index.pages.every((p) => !p?.hasText));
    });
    onDocument?.({ view: pdf, document, index, hostname, lang: () => langRef.current });
  };

  const openFile = (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'loading' });
    void readLocalFile(file).then((loaded) => openLoaded(loaded, file.name));
  };

  const openAddress = async (address: string) => {
    if (!(await canRead(address))) {
      setStatus({ kind: 'permission', address, refused: false });
      return;
    }
    setStatus({ kind: 'loading' });
    await openLoaded(await readFromWeb(address), fileNameOf(address), siteName(address));
  };

  useEffect(() => {
    if (initial && 'url' in initial) void openAddress(initial.url);
    // Only the address the page was opened with.
  }, []);

  // A file dropped anywhere on the page.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      openFile(event.dataTransfer?.files[0]);
    };
    document.addEventListener('dragover', onDragOver);
    document.addEventListener('dragleave', onDragLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onDragOver);
      document.removeEventListener('dragleave', onDragLeave);
      document.removeEventListener('drop', onDrop);
    };
  });

  // Keyboard: zoom with Ctrl/⌘ and + − 0, pages with n/j and p/k; the arrows, Page Up/Down,
  // Space, Home and End scroll the document itself (it has the focus).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const pdf = viewRef.current;
      if (!pdf?.document || event.altKey) return;
      if (event.ctrlKey || event.metaKey) {
        const zoom =
          event.key === '+' || event.key === '='
            ? 1
            : event.key === '-'
              ? -1
              : event.key === '0'
                ? 0
                : null;
        if (zoom === null) return;
        event.preventDefault();
        if (zoom === 0) pdf.setScale('page-width');
        else pdf.zoom(zoom);
        return;
      }
      if (inField(event.target) || event.shiftKey) return;
      const step =
        event.key === 'n' || event.key === 'j'
          ? 1
          : event.key === 'p' || event.key === 'k'
            ? -1
            : 0;
      if (step === 0) return;
      event.preventDefault();
      pdf.goToPage(pdf.pageNumber + step);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const ready = status.kind === 'ready';
  const goTo = (value: string) => {
    const n = Number.parseInt(value, 10);
    if (Number.isFinite(n)) viewRef.current?.goToPage(n);
    else setPageInput(String(page));
  };
  const scaleValue =
    scale.preset === 'page-width' || scale.preset === 'page-fit'
      ? scale.preset
      : String(Math.round(scale.value * 100) / 100);
  const scaleLabel = (choice: ScaleChoice) =>
    choice === 'page-width'
      ? ui.viewerFitWidth
      : choice === 'page-fit'
        ? ui.viewerFitPage
        : `${Math.round(choice * 100)}%`;
  const presetValues = PRESETS.map(String);

  return (
    <>
      <header class="viewer-toolbar" role="toolbar" aria-label={ui.viewerToolbarLabel}>
        <button type="button" class="primary" onClick={() => fileRef.current?.click()}>
          {ui.viewerOpen}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/pdf,.pdf"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="pdf-file"
          onChange={(event) => {
            openFile(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
        <span class="viewer-name" title={name ?? ''}>
          {name}
        </span>
        <div class="viewer-pages" hidden={!ready}>
          <button
            type="button"
            class="secondary icon"
            aria-label={ui.viewerPreviousPage}
            title={ui.viewerPreviousPage}
            disabled={page <= 1}
            onClick={() => viewRef.current?.goToPage(page - 1)}
          >
            ‹
          </button>
          <label class="viewer-page-field">
            <span>{ui.viewerPageLabel}</span>
            <input
              class="viewer-page-input"
              type="text"
              inputMode="numeric"
              size={4}
              value={pageInput}
              onInput={(event) => setPageInput(event.currentTarget.value)}
              onChange={(event) => goTo(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') goTo(event.currentTarget.value);
              }}
            />
            <span class="viewer-of-pages">{ui.viewerOfPages(pages)}</span>
          </label>
          <button
            type="button"
            class="secondary icon"
            aria-label={ui.viewerNextPage}
            title={ui.viewerNextPage}
            disabled={page >= pages}
            onClick={() => viewRef.current?.goToPage(page + 1)}
          >
            ›
          </button>
        </div>
        <div class="viewer-zoom" hidden={!ready}>
          <button
            type="button"
            class="secondary icon"
            aria-label={ui.viewerZoomOut}
            title={ui.viewerZoomOut}
            onClick={() => viewRef.current?.zoom(-1)}
          >
            −
          </button>
          <select
            aria-label={ui.viewerZoomLabel}
            value={scaleValue}
            onChange={(event) => {
              const value = event.currentTarget.value;
              viewRef.current?.setScale(
                value === 'page-width' || value === 'page-fit' ? value : Number(value),
              );
            }}
          >
            {PRESETS.map((choice) => (
              <option key={String(choice)} value={String(choice)}>
                {scaleLabel(choice)}
              </option>
            ))}
            {!presetValues.includes(scaleValue) && (
              <option value={scaleValue}>{scaleLabel(scale.value)}</option>
            )}
          </select>
          <button
            type="button"
            class="secondary icon"
            aria-label={ui.viewerZoomIn}
            title={ui.viewerZoomIn}
            onClick={() => viewRef.current?.zoom(1)}
          >
            +
          </button>
        </div>
      </header>
      <div class="viewer-messages">
        {status.kind === 'empty' && (
          <div class="viewer-message viewer-empty">
            <h1>{ui.viewerTitle}</h1>
            <p>{ui.viewerIntro}</p>
            <p class="hint">{ui.viewerDropHint}</p>
          </div>
        )}
        {status.kind === 'loading' && (
          <p class="viewer-message" role="status">
            {ui.viewerLoading}
          </p>
        )}
        {status.kind === 'problem' && (
          <div class="viewer-message viewer-problem" role="alert" data-problem={status.problem}>
            <p>{ui.viewerProblems[status.problem]}</p>
            {status.problem !== 'too-large' && <p class="hint">{ui.viewerDropHint}</p>}
          </div>
        )}
        {status.kind === 'password' && (
          <form
            class="viewer-message viewer-password"
            onSubmit={(event) => {
              event.preventDefault();
              const field = event.currentTarget.elements.namedItem('password');
              const value = field instanceof HTMLInputElement ? field.value : '';
              passwordRef.current?.(value);
              passwordRef.current = null;
              setStatus({ kind: 'loading' });
            }}
          >
            <p id="password-prompt">{ui.viewerPasswordPrompt}</p>
            {status.wrong && (
              <p class="viewer-wrong" role="alert">
                {ui.viewerPasswordWrong}
              </p>
            )}
            <label>
              {ui.viewerPasswordLabel}{' '}
              <input
                name="password"
                type="password"
                autoComplete="off"
                aria-describedby="password-prompt"
                ref={(input) => input?.focus()}
              />
            </label>
            <div class="actions">
              <button type="submit" class="primary">
                {ui.viewerPasswordOpen}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  passwordRef.current?.(null);
                  passwordRef.current = null;
                }}
              >
                {ui.viewerCancel}
              </button>
            </div>
          </form>
        )}
        {status.kind === 'permission' && (
          <div class="viewer-message viewer-permission" data-site={siteName(status.address)}>
            {status.refused ? (
              <p role="alert">{ui.viewerPermissionRefused(siteName(status.address))}</p>
            ) : (
              <>
                <p>{ui.viewerPermissionWhy(siteName(status.address))}</p>
                <div class="actions">
                  <button
                    type="button"
                    class="primary"
                    onClick={() => {
                      const { address } = status;
                      void askToRead(address).then((granted) =>
                        granted
                          ? openAddress(address)
                          : setStatus({ kind: 'permission', address, refused: true }),
                      );
                    }}
                  >
                    {ui.viewerPermissionAllow(siteName(status.address))}
                  </button>
                  <button type="button" class="secondary" onClick={() => fileRef.current?.click()}>
                    {ui.viewerOpenLocal}
                  </button>
                </div>
              </>
            )}
          </div>
        )}
        {ready && noText && (
          <p class="viewer-notice" role="status" data-notice="no-text">
            {ui.viewerNoText}
          </p>
        )}
      </div>
      <div
        ref={containerRef}
        class="viewer-container"
        tabIndex={0}
        role="document"
        aria-label={name ?? ui.viewerDocumentLabel}
        data-ready={ready}
      >
        <div class="pdfViewer" />
      </div>
      {dragging && (
        <div class="viewer-drop" aria-hidden="true">
          {ui.viewerDropHere}
        </div>
      )}
    </>
  );
}

/** Styles of the hover card, inside its own shadow root: page CSS cannot reach it. */
export const CARD_CSS = `
:host {
  all: initial;
  position: fixed;
  inset: 0 auto auto 0;
  z-index: 2147483647;
  pointer-events: none;
}
.card {
  position: fixed;
  box-sizing: border-box;
  max-width: min(320px, calc(100vw - 16px));
  padding: 10px 12px;
  border-radius: 10px;
  border: 1px solid #d9d5cc;
  background: #ffffff;
  color: #1f2a2e;
  font: 13.5px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, sans-serif;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  pointer-events: auto;
  text-align: left;
}
.card[hidden], .notice[hidden] { display: none; }
.notice {
  position: fixed;
  top: 12px;
  right: 12px;
  box-sizing: border-box;
  max-width: min(320px, calc(100vw - 24px));
  padding: 8px 12px;
  border-radius: 10px;
  background: #1f6b5c;
  color: #ffffff;
  font: 13.5px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, sans-serif;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  pointer-events: auto;
}
form { display: grid; gap: 6px; margin: 0; }
label { display: grid; gap: 2px; font-size: 12.5px; font-weight: 600; }
input, textarea {
  font: inherit; font-weight: 400; font-size: 13.5px;
  padding: 5px 7px; border: 1px solid #b9b4aa; border-radius: 6px;
  background: inherit; color: inherit;
}
input:focus-visible, textarea:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 1px; }
button.save { background: #1f6b5c; color: #ffffff; border-color: #1f6b5c; }
.term { font-weight: 650; font-size: 14px; margin: 0 0 3px; }
.explanation { margin: 0 0 6px; }
.source { color: #4f5b60; font-size: 12px; margin: 0 0 6px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
button {
  font: inherit;
  font-size: 12.5px;
  border-radius: 6px;
  padding: 3px 8px;
  cursor: pointer;
  border: 1px solid #d9d5cc;
  background: #f1efe9;
  color: #1f2a2e;
}
button.tip { border-color: #1f6b5c; background: #e3f1ed; color: #17544a; }
button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 1px; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
@media (prefers-color-scheme: dark) {
  .card { background: #1f2629; color: #e9ecea; border-color: #3a4549; }
  .source { color: #b3bcbf; }
  button { background: #273034; color: #e9ecea; border-color: #3a4549; }
  button.tip { background: #1d3631; color: #bfeee2; border-color: #7fd1bd; }
  button:focus-visible { outline-color: #8cb8ff; }
}
@media (forced-colors: active) {
  .card { border: 2px solid CanvasText; }
  button { border: 1px solid ButtonText; }
}
`;

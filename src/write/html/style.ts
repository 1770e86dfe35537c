// The page's look: the report's typography (Times New Roman 12 pt, justified) at the width of an A4 page's text.

export const STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #eceae4; color: #111; font-family: "Times New Roman", Times, "Liberation Serif", serif; font-size: 12pt; line-height: 1.5; }
main.section { box-sizing: border-box; width: 100%; max-width: 21cm; margin: 1.5rem auto; padding: 2cm 2.5cm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, .2); }
main.section h1, main.section h2, main.section h3 { font-size: 14pt; font-weight: bold; margin: 0 0 12pt; }
main.section p { margin: 0 0 6pt; text-align: justify; hyphens: manual; }
.sentence { cursor: pointer; border-radius: 2px; }
.sentence.current { background: #fff1a8; }
.sentence.pinned { background: #ffe066; box-shadow: 0 0 0 1px #d4a600; }
ins { background: #d3f0d3; text-decoration: none; }
.sentence.current ins, .sentence.pinned ins { background: none; text-decoration: underline 2px #3f9a3f; }
del { background: #f6d5d5; color: #7d2020; }
#sources-panel { position: fixed; right: 1rem; bottom: 1rem; width: min(26rem, calc(100% - 2rem)); max-height: 45vh; overflow: auto; box-sizing: border-box; padding: .75rem 1rem; background: #fffef8; border: 1px solid #bbb; border-radius: 4px; box-shadow: 0 2px 8px rgba(0, 0, 0, .2); font: 10pt/1.4 system-ui, sans-serif; }
#sources-panel[hidden] { display: none; }
#sources-panel h2 { font-size: 10pt; margin: 0 0 .4rem; }
#sources-panel ul { margin: 0; padding-left: 1.1rem; }
#sources-panel code { font-size: 9pt; }
#sources-panel .fields { color: #555; }
@media print {
  @page { size: A4; margin: 2.5cm; }
  body { background: none; }
  main.section { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  #sources-panel, .toolbar { display: none; }
  .sentence.current, .sentence.pinned { background: none; }
}
`;

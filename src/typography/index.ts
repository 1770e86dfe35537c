// Polish typography for the document tree, run before the Markdown and DOCX writers so both outputs get it.
//
// Written by hand rather than with typograf (npm): its Polish locale is only a letter set and „”/«» quotes,
// with no Polish dash rules, no »« for nested quotes, no stray-space removal before ” and no "2010r." fix; it
// works on whole strings or HTML, so on mdast it would see one text node at a time and miss "w *Radzie*"; and
// its generic rules reach further than wanted (they added a non-breaking space before "ds."). The rules here
// are small, tested functions that see a whole paragraph at once and never touch code or HTML.

export { typesetTree } from './tree.ts';
export { typographText } from './text.ts';

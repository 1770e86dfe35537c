// Small reads and edits of WordprocessingML in a DOM (./xml-read.ts): elements by namespace and local name, w:
// attributes, new elements under the prefix the part gives WordprocessingML, and the part written back as XML.
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

/** WordprocessingML's namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// Returns every element of a namespace with this local name under a node, in document order.
export function descendants(node: Document | Element, local: string, namespace = W): Element[] {
  return Array.from(node.getElementsByTagNameNS(namespace, local));
}

// Returns the child elements of a WordprocessingML element with this local name, in order.
export function children(parent: Element, local: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling)
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).namespaceURI === W && (node as Element).localName === local) found.push(node as Element);
  return found;
}

// Returns the first child element of a WordprocessingML element with this local name, or undefined.
export function child(parent: Element, local: string): Element | undefined {
  for (let node = parent.firstChild; node; node = node.nextSibling)
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).namespaceURI === W && (node as Element).localName === local) return node as Element;
  return undefined;
}

// Returns a w: attribute of an element, or undefined.
export function wAttribute(element: Element, local: string): string | undefined {
  return element.getAttributeNodeNS(W, local)?.value;
}

// Sets a w: attribute of an element, keeping its place when the element has it already.
export function setWAttribute(element: Element, local: string, value: string): void {
  const present = element.getAttributeNodeNS(W, local);
  element.setAttributeNS(W, present ? present.name : wName(element, local), value);
}

// Makes a WordprocessingML element with w: attributes, in their order.
export function wElement(doc: Document, local: string, attributes: [string, string][] = []): Element {
  const element = doc.createElementNS(W, wName(doc.documentElement!, local));
  for (const [name, value] of attributes) setWAttribute(element, name, value);
  return element;
}

// Returns the w: attributes of an element, in their order, as [local name, value].
export function wAttributes(element: Element): [string, string][] {
  return Array.from(element.attributes)
    .filter((a) => a.namespaceURI === W)
    .map((a) => [a.localName!, a.value]);
}

// Returns the qualified name of a WordprocessingML name under the prefix the element sees for it ("w" when none).
function wName(element: Element, local: string): string {
  return `${element.lookupPrefix(W) || 'w'}:${local}`;
}

// Writes a part back as XML text.
export function serialize(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

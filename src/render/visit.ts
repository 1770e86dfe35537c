// Walks an mdast tree's text nodes.
import type { Nodes, Text } from 'mdast';

// Calls `visit` for every text node, in document order.
export function visitTexts(node: Nodes, visit: (text: Text) => void): void {
  if (node.type === 'text') visit(node);
  if ('children' in node) for (const child of node.children) visitTexts(child, visit);
}

import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";

/** Where a field sits in a JSON text (1-based), for error messages that point at it. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Strict JSON syntax errors (no comments, no trailing commas) with their positions. */
export function jsonSyntaxErrors(text: string): { message: string; position: TextPosition }[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors.map((e) => ({ message: printParseErrorCode(e.error), position: positionOf(text, e.offset) }));
}

/**
 * A locator for fields of one JSON text: the position of the value at `path`,
 * or of the nearest enclosing value that exists (a missing field points at its
 * parent object).
 */
export function fieldLocator(text: string): (path: readonly (string | number)[]) => TextPosition | undefined {
  const root: Node | undefined = parseTree(text);
  return (path) => {
    if (root === undefined) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, [...path.slice(0, n)]);
      if (node !== undefined) {
        // Point at the key of a property value, where a reader looks.
        const at = node.parent?.type === "property" && node.parent.children?.[1] === node ? node.parent.offset : node.offset;
        return positionOf(text, at);
      }
    }
    return undefined;
  };
}

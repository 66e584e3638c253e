import { readFileSync } from 'node:fs';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { CompileError } from './compileError.ts';

/** A parsed YAML data file that can still say on which line any of its values stands. */
export class YamlFile {
  private constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Reads and parses a file; syntax errors come back with their line numbers. */
  static read(absolutePath: string, displayPath: string): YamlFile | CompileError[] {
    let text: string;
    try {
      text = readFileSync(absolutePath, 'utf8');
    } catch (cause) {
      return [{ file: displayPath, message: `cannot be read (${(cause as Error).message})` }];
    }
    const lines = new LineCounter();
    const document = parseDocument(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
    });
    if (document.errors.length > 0) {
      return document.errors.map((error) => ({
        file: displayPath,
        line: lines.linePos(error.pos[0]).line,
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
      }));
    }
    return new YamlFile(displayPath, document.toJS(), document, lines);
  }

  /** The line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly (string | number)[]): number | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return undefined;
  }
}

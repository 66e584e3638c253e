/** One problem found in the inputs, located well enough for a teacher to fix it in an editor. */
export interface CompileError {
  file: string;
  line?: number;
  /** Where in the file's structure, e.g. "events[12].sources[0].quote". */
  field?: string;
  message: string;
}

export function formatCompileError(error: CompileError): string {
  const place = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  const field = error.field ? ` ${error.field}:` : '';
  return `${place}${field} ${error.message}`;
}

/** Gathers every error of a run, so one compile reports them all together. */
export class ErrorList {
  readonly errors: CompileError[] = [];

  add(error: CompileError): void {
    this.errors.push(error);
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }
}

export function fieldPath(path: readonly (string | number)[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

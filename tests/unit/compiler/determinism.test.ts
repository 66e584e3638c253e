/**
 * The same inputs give the same bytes: no dates of the run, no absolute paths, no order that
 * depends on the machine, so the published data only changes when the sources or data do.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileTimeline } from '../../../src/compiler/compile.ts';
import { outputFiles } from '../../../src/compiler/writeOutput.ts';
import { editFile, readProjectFile, REPO_ROOT, useProjectCopy, useTempDir } from './fixture.ts';

/** What the CLI would write, as one string per file. */
function compiledFiles(root: string): Map<string, string> {
  const result = compileTimeline(root);
  if (!result.ok)
    throw new Error(`the compile failed: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return outputFiles(result.output);
}

describe('the compiler is deterministic', () => {
  it('compiling the same folder twice gives byte-identical output', () => {
    const root = useProjectCopy();
    const first = compiledFiles(root);
    const second = compiledFiles(root);
    expect(first.size).toBeGreaterThan(2);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, content] of first) expect(second.get(name), name).toBe(content);
    const result = compileTimeline(root);
    if (!result.ok) throw new Error('the compile failed');
    expect(JSON.stringify(result.output.data)).toBe(first.get('timeline.json'));
  });

  it('a copy in another folder compiles to the same output', () => {
    const first = useProjectCopy();
    const second = useProjectCopy();
    expect(second).not.toBe(first);
    const a = compiledFiles(first);
    const b = compiledFiles(second);
    expect([...b.entries()]).toEqual([...a.entries()]);
    for (const content of a.values()) {
      expect(content.includes(first)).toBe(false);
    }
  });

  it("the order of events on the same date does not depend on the machine's language", () => {
    // Two events of the same year whose ids a Danish collation orders differently from an English
    // one ("aa" sorts as "å", after "z").
    const root = useProjectCopy();
    for (const file of [
      'data/events.yaml',
      'data/eras.yaml',
      'data/figures.yaml',
      'data/disputes.yaml',
    ]) {
      if (!readProjectFile(root, file).includes('pow-mia-first-years')) continue;
      editFile(root, file, (text) =>
        text.replaceAll(/\bpow-mia-first-years\b/g, 'aa-pow-mia-first-years'),
      );
    }
    const run = (locale: string): string => {
      const out = useTempDir();
      const result = spawnSync(
        join(REPO_ROOT, 'node_modules/.bin/tsx'),
        ['src/compiler/cli.ts', '--root', root, '--out', out],
        { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, LANG: locale, LC_ALL: locale } },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return readFileSync(join(out, 'timeline.json'), 'utf8');
    };
    const english = run('en_US.UTF-8');
    const danish = run('da_DK.UTF-8');
    const order = (json: string) =>
      (JSON.parse(json) as { events: { id: string }[] }).events.map((event) => event.id);
    expect(order(english)).toContain('aa-pow-mia-first-years');
    expect(order(danish)).toEqual(order(english));
    expect(danish).toBe(english);
  });
});

/**
 * `npm run data` as an editor runs it: the real CLI in a child process, on a copy of the inputs,
 * writing into a temporary output folder.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  editFile,
  indexOfId,
  lineInItem,
  REPO_ROOT,
  replaceInItem,
  useProjectCopy,
  useTempDir,
} from './fixture.ts';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

function runCli(root: string, out: string) {
  const result = spawnSync(TSX, ['src/compiler/cli.ts', '--root', root, '--out', out], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return result;
}

/** Every file under `directory`, as paths relative to it, sorted. */
function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

/** Content and modification time of every output file. */
function snapshot(directory: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  return new Map(
    listFiles(directory).map((name) => {
      const path = join(directory, name);
      return [name, { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs }];
    }),
  );
}

describe('npm run data (src/compiler/cli.ts)', () => {
  it('writes the data on good input, then leaves it untouched when an input breaks', () => {
    const root = useProjectCopy();
    const out = useTempDir();

    const good = runCli(root, out);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/Date mentions: \d+ found: .*, 0 unaccounted\./);
    const claims = /Claims check: (\d+) checked, (\d+) passed/.exec(good.stdout);
    expect(Number(claims?.[1])).toBeGreaterThan(0);
    expect(claims?.[2]).toBeDefined();
    const documentIds = [
      ...readFileSync(join(root, 'seeds/documents.yaml'), 'utf8').matchAll(/^ {2}- id: (\S+)$/gm),
    ].map((match) => match[1]);
    expect(documentIds.length).toBeGreaterThan(0);
    expect(listFiles(out)).toEqual(
      [
        'coverage.json',
        'timeline-details.json',
        'timeline-details.vi.json',
        'timeline-index.json',
        'timeline-index.vi.json',
        'timeline.json',
        'timeline.vi.json',
        ...documentIds.map((id) => join('documents', `${id}.txt`)),
      ].sort(),
    );
    expect(good.stdout).toContain(`Wrote ${documentIds.length + 7} file(s) to ${out}.`);
    const timeline = JSON.parse(readFileSync(join(out, 'timeline.json'), 'utf8')) as {
      events: unknown[];
    };
    expect(timeline.events.length).toBeGreaterThan(0);
    const before = snapshot(out);

    const text = editFile(root, 'data/events.yaml', (events) =>
      replaceInItem(events, 'embargo-lifted', 'importance: 3', 'importance: 5'),
    );
    const line = lineInItem(text, 'embargo-lifted', 'importance: 5');
    const field = `events[${indexOfId(text, 'embargo-lifted')}].importance`;

    const bad = runCli(root, out);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('the previous output');
    expect(bad.stderr).toContain(`data/events.yaml:${line} ${field}: must be 1, 2 or 3`);

    const after = snapshot(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, { bytes, mtimeMs }] of before) {
      expect(after.get(name)?.bytes.equals(bytes), `${name} is unchanged`).toBe(true);
      expect(after.get(name)?.mtimeMs, `${name} was not touched`).toBe(mtimeMs);
    }
    expect(listFiles(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('rewrites nothing when run again on unchanged input', () => {
    const root = useProjectCopy();
    const out = useTempDir();
    expect(runCli(root, out).status).toBe(0);
    const before = snapshot(out);

    const again = runCli(root, out);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`Output in ${out} is up to date.`);
    const after = snapshot(out);
    for (const [name, { mtimeMs }] of before) expect(after.get(name)?.mtimeMs).toBe(mtimeMs);
    expect(listFiles(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

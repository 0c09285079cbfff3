/**
 * The project as a new writer met it: the commit that added a writer's set to the corpus, and the checkout's files as
 * they stood in the commit before it (for the "as they were" measures of the learned readers).
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The commit that first added `writer`'s set, and when (seconds since 1970). */
export function arrivalOf(writer: string): { commit: string; at: number } {
  const [commit, at] = execSync(`git log --diff-filter=A --format='%H %ct' -- tests/fixtures/mails/${writer}`, { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!
    .split(' ');
  return { commit, at: Number(at) };
}

/** `paths` as they stood just before `commit`, in a new temporary folder that resolves this checkout's node_modules. */
export function snapshotBefore(commit: string, paths: string[], name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `relance-${name}-`));
  execSync(`git archive ${commit}^ ${paths.join(' ')} | tar -x -C ${dir}`, { cwd: ROOT });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

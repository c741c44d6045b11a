// A baseline to measure against in the same run: the extension as it was at another commit
// (HSC_BASELINE_REF, e.g. the commit before a change), built for Chrome in a git worktree
// of its own under the system's temp folder, with this checkout's node_modules. Built once
// per commit and kept there; the worktree is made again if it went missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built Chrome extension of `ref` (a folder with manifest.json), or null without one. */
export function baselineExtension(root, ref = process.env.HSC_BASELINE_REF) {
  if (!ref) return null;
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`).trim();
  const dir = join(tmpdir(), `hsc-baseline-${commit.slice(0, 12)}`);
  const output = join(dir, '.output/chrome-mv3');
  if (existsSync(join(output, 'manifest.json'))) return { ref, commit, path: output };
  mkdirSync(tmpdir(), { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) {
    git('worktree', 'prune');
    git('worktree', 'add', '--force', '--detach', dir, commit);
  }
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  console.error(`Building the baseline (${ref}, ${commit.slice(0, 12)}) in ${dir}…`);
  execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return { ref, commit, path: output };
}

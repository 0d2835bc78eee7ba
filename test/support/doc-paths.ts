import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Extensions that make a slash-less name (`package.json`) count as a path. */
const EXTENSIONS = /\.(ts|js|cjs|mjs|json|md|graphql|ya?ml)$/;
/** Not part of the repository's source: installed or built, so never named as a path to check. */
const NOT_SOURCE = new Set(['node_modules', 'dist', 'coverage', '.git']);

export interface NamedPath {
  /** As written in the markdown. */
  written: string;
  /** Relative to the repository root. */
  path: string;
}

/** The repository's top-level files and folders a doc may name (build output and packages excluded). */
export function topLevelEntries(root: string): Set<string> {
  return new Set(readdirSync(root).filter((name) => !NOT_SOURCE.has(name)));
}

/**
 * Repository paths a markdown file names: inline code spans and relative link targets that
 * start with a top-level entry of the repository and contain a `/` or end in a known extension.
 * Code spans are relative to the root; links to the file's folder. Fenced blocks (commands,
 * queries) are left out, as are line suffixes (`file.ts:12-30`) and anchors.
 */
export function namedPaths(markdown: string, file: string, root: string, topLevel: Set<string>): NamedPath[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  const spans = [...prose.matchAll(/`([^`\s]+)`/g)].map((m) => ({ written: m[1]!, path: m[1]! }));
  const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^([a-z][a-z+.-]*:|#)/i.test(target))
    .map((target) => ({ written: target, path: relative(root, join(dirname(file), target.replace(/#.*$/, ''))) }));
  return [...spans, ...links]
    .map(({ written, path }) => ({
      written,
      path: path
        .replace(/^\.\//, '')
        .replace(/:\d+(-\d+)?(,\d+(-\d+)?)*$/, '')
        .split(sep)
        .join('/'),
    }))
    .filter(({ path }) => {
      const first = path.split('/')[0]!;
      return (path.includes('/') || EXTENSIONS.test(path)) && (topLevel.has(first) || first === '..');
    });
}

/**
 * Whether `path` exists under `root`. A `*` in a segment, or a placeholder segment such as
 * `<name>`, must match at least one entry.
 */
export function pathExists(root: string, path: string): boolean {
  const segments = path
    .replace(/\/$/, '')
    .split('/')
    .map((segment) => segment.replace(/<[^>]+>/g, '*'));
  const walk = (dir: string, rest: string[]): boolean => {
    if (rest.length === 0) return true;
    const [head, ...tail] = rest as [string, ...string[]];
    if (!head.includes('*')) {
      const next = join(dir, head);
      return existsSync(next) && (tail.length === 0 || statSync(next).isDirectory()) && walk(next, tail);
    }
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return false;
    const pattern = new RegExp(`^${head.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    return readdirSync(dir)
      .filter((name) => pattern.test(name))
      .some((name) => walk(join(dir, name), tail));
  };
  return !segments.includes('..') && walk(root, segments);
}

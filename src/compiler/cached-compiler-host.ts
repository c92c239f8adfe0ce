import type TS from 'typescript';
import { ts } from './typescript.js';

/** Parsed library and declaration files under node_modules, shared by every build: parsing lib.d.ts and @types/node dominates a cold check. */
const sharedSourceFiles = new Map<string, TS.SourceFile>();

/**
 * A compiler host that serves the given in-memory files and reuses every other parsed (and bound) SourceFile across
 * programs, so that each candidate costs one parse of its own text plus one checker pass.
 */
export function createCachedCompilerHost(options: TS.CompilerOptions, files: ReadonlyMap<string, TS.SourceFile>): TS.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  return {
    ...host,
    fileExists: (fileName) => files.has(fileName) || host.fileExists(fileName),
    readFile: (fileName) => files.get(fileName)?.text ?? host.readFile(fileName),
    getSourceFile(fileName, languageVersion, onError, shouldCreate) {
      const own = files.get(fileName);
      if (own) return own;
      // Only installed declarations are shared: anything else may be a staged file that changes or disappears.
      if (!fileName.includes('/node_modules/')) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
      const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
      const cached = sharedSourceFiles.get(key);
      if (cached && !shouldCreate) return cached;
      const parsed = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (parsed) sharedSourceFiles.set(key, parsed);
      return parsed;
    },
  };
}

// Writes the build's chunk report: for every emitted chunk, the modules it bundles and how many bytes of each
// survived tree-shaking. Tests read it to check what the bundle carries (e.g. only the Turf modules the code
// imports). It goes to dist/.report/, which the service worker does not precache and the app never loads.
import { relative } from 'node:path';
import type { Plugin } from 'vite';

export interface ChunkReport {
  file: string;
  /** Module ids relative to the project root (node_modules/… for packages), with their rendered length. */
  modules: Record<string, number>;
}

/** Where the report of one build goes, in dist/: the app's own build and the worker builds write one each. */
export function moduleReportFile(build: 'app' | 'worker', chunk?: string): string {
  return build === 'app' ? '.report/app.json' : `.report/worker-${chunk}.json`;
}

export function moduleReport(build: 'app' | 'worker', root = process.cwd()): Plugin {
  return {
    name: 'frontline-module-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkReport[] = [];
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        const modules: Record<string, number> = {};
        for (const [id, info] of Object.entries(out.modules)) {
          modules[relative(root, id.replace(/^\0/, '').split('?')[0]!)] = info.renderedLength;
        }
        chunks.push({ file: out.fileName, modules });
      }
      // A worker build has a single entry chunk; name its report after it.
      const name = build === 'app' ? undefined : chunks[0]?.file.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
      this.emitFile({
        type: 'asset',
        fileName: moduleReportFile(build, name),
        source: JSON.stringify(chunks, null, 1),
      });
    },
  };
}

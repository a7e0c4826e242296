// The first load's JavaScript beyond MapLibre, gzip: the built page's entry script and the chunks it preloads
// (scripts/vite/first-load.ts), read from dist/ (npm run bench builds it first). MapLibre's own chunk is
// printed beside it for scale; the tools that load when first used are not counted, as the page does not
// load them before the first map.
import { firstLoad } from '../scripts/vite/first-load.ts';
import { goal } from './summary.ts';

const f = firstLoad('dist');
for (const x of f.files) console.log(`  ${x.file}: ${(x.gzip / 1024).toFixed(1)} KB gzip`);
console.log(`MapLibre's chunk: ${(f.maplibre / 1024).toFixed(1)} KB gzip`);
goal({ name: 'first-load JS beyond MapLibre, gzip', value: f.beyondMaplibre / 1024, unit: 'KB', limit: 150 });

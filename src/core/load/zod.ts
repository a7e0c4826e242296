// zod, configured once for every loader: `jitless` stops zod 4 from probing `new Function('')` to decide
// whether it may compile fast parsers. Under the app's Content-Security-Policy (no 'unsafe-eval') that probe is
// reported as a violation; the interpreted parsers are fast enough for files of this size.
import { z } from 'zod';

z.config({ jitless: true });

export { z };

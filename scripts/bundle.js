/* The last step of `npm run build`: the compiled app (dist/src/index.js) and the packages it loads at start-up,
 * in one file, dist/geldgesprek.js, which `npm start` runs. Why: at start-up node spent most of its time
 * finding, reading and compiling about 1,900 module files (botbuilder ≈ 750, the redis client ≈ 580,
 * restify ≈ 420); one file takes that away (to a healthy /healthz: see the README's Performance section).
 * Tests run the sources; the bench runs this file. Bundled from tsc's output, so the types are checked first.
 *
 * Left out, loaded from node_modules as before: packages that read their own files next to their code
 * (pdfkit's fonts, pino's worker threads, Web Chat's and Chart.js's browser bundles, served as files), and
 * Recognizers-Text, which is loaded at the first answer that needs it (src/language/yesNo.ts). */
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const external = ['pdfkit', 'pino', '@microsoft/recognizers-text-suite', 'botframework-webchat', 'chart.js'];

/** restify's unused `spdy`, replaced by our stand-in as at run time (see src/bot/noSpdy.ts). */
const noSpdy = {
  name: 'no-spdy',
  setup(build) {
    build.onResolve({ filter: /^spdy$/ }, () => ({ path: path.join(root, 'dist', 'src', 'bot', 'noSpdy.js') }));
  },
};

esbuild
  .build({
    entryPoints: [path.join(root, 'dist', 'src', 'index.js')],
    outfile: path.join(root, 'dist', 'geldgesprek.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    external,
    plugins: [noSpdy],
    logLevel: 'warning',
  })
  .catch(() => process.exit(1));

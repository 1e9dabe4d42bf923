/* The last step of `npm run build`: the compiled app (dist/src/index.js) and the packages it loads at start-up,
 * in one file, dist/geldgesprek.js, which `npm start` runs. Why: at start-up node spent most of its time
 * finding, reading and compiling about 1,900 module files (botbuilder ≈ 750, the redis client ≈ 580,
 * restify ≈ 420); one file takes that away (to a healthy /healthz: see the README's Performance section).
 * Tests run the sources; the bench runs this file. Bundled from tsc's output, so the types are checked first.
 *
 * Left out, loaded from node_modules as before: packages that read their own files next to their code
 * (pdfkit's fonts, pino's worker threads, Web Chat's and Chart.js's browser bundles, served as files);
 * Recognizers-Text, which is loaded at the first answer that needs it (src/language/yesNo.ts); and packages
 * that call the deprecated `new Buffer()` (restify's body reader at every request, whatwg-url): Node warns
 * about that only for code outside node_modules, so bundled they would print a DeprecationWarning. The build
 * fails if the bundle holds such a call. */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const external = ['pdfkit', 'pino', '@microsoft/recognizers-text-suite', 'botframework-webchat', 'chart.js', 'restify', 'whatwg-url'];
const outfile = path.join(root, 'dist', 'geldgesprek.js');

esbuild
  .build({
    entryPoints: [path.join(root, 'dist', 'src', 'index.js')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    external,
    logLevel: 'warning',
  })
  .then(() => {
    const deprecated = fs.readFileSync(outfile, 'utf8').match(/.*\bnew Buffer\(.*/);
    if (deprecated) throw new Error(`dist/geldgesprek.js calls the deprecated new Buffer(): ${deprecated[0].trim()} (mark its package external)`);
  })
  .catch((err) => {
    console.error(err.message);
    process.exit(1);
  });

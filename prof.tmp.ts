import { readFileSync, readdirSync } from 'node:fs';
import { Gazetteer, broadPlaces } from './src/core/gazetteer';
import { parseGeoNamesTsv, parsePlaces } from './src/core/load/geo';
const curated = parsePlaces(readFileSync('geo/places.jsonl', 'utf8'), 'p');
const g = new Gazetteer(curated, broadPlaces(parseGeoNamesTsv(readFileSync('geo/geonames-sy.tsv','utf8'),'g'), curated));
const seeds = readdirSync('data/seeds').filter(f=>f.endsWith('.txt')).map(f=>readFileSync('data/seeds/'+f,'utf8'));
for (let k=0;k<50;k++) for (const s of seeds) g.mentions(s);
for (let r=0;r<3;r++){
let t0=performance.now(); for (let k=0;k<300;k++) for (const s of seeds) g.mentions(s); const a=(performance.now()-t0)/300;
t0=performance.now(); for (let k=0;k<100;k++) for (const s of seeds) g.mentionsByScan(s); const b=(performance.now()-t0)/100;
console.log(a.toFixed(3),'ms/pass fast', b.toFixed(3), 'scan');}

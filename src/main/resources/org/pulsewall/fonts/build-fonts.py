#!/usr/bin/env python3
"""Builds the bundled Noto Sans SC subsets (NotoSansSC-Regular.ttf, NotoSansSC-Bold.ttf) that let a
machine without a CJK font show Chinese mentions.

Source: the npm package @expo-google-fonts/noto-sans-sc 0.4.3 (Noto Sans SC from Google Fonts,
SIL Open Font License 1.1, whose only reserved font name is 'Source', so a subset may keep the name Noto Sans SC):
    npm pack @expo-google-fonts/noto-sans-sc@0.4.3 && tar xzf expo-google-fonts-noto-sans-sc-0.4.3.tgz
    python3 build-fonts.py package/ <repository root>
Needs fontTools (Debian: python3-fonttools). Kept: Latin, punctuation, symbols and arrows, CJK
punctuation, full-width forms, every character of GB 2312 (the 6,763 common simplified hanzi),
and every character the bundled resources, playlists and examples use.
"""
import glob
import os
import sys

from fontTools import subset

RANGES = [(0x20, 0x24F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x215F), (0x2190, 0x21FF),
          (0x2200, 0x22FF), (0x2460, 0x24FF), (0x2500, 0x27BF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]


def gb2312():
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return chars


def used_by(repo):
    chars = set()
    patterns = ['src/main/resources/**/*.txt', 'src/main/resources/**/*.yaml', 'src/main/resources/**/*.csv',
                'src/main/resources/**/*.tsv', 'playlists/*.yaml', 'examples/*.ndjson', '*.yaml']
    for pattern in patterns:
        for path in glob.glob(os.path.join(repo, pattern), recursive=True):
            with open(path, encoding='utf-8') as f:
                chars |= set(f.read())
    return chars


def main(package, repo):
    unicodes = {c for lo, hi in RANGES for c in range(lo, hi + 1)}
    unicodes |= {ord(c) for c in gb2312() | used_by(repo)}
    here = os.path.dirname(os.path.abspath(__file__))
    for weight, source in (('Regular', '400Regular/NotoSansSC_400Regular.ttf'),
                           ('Bold', '700Bold/NotoSansSC_700Bold.ttf')):
        options = subset.Options()
        options.layout_features = ['*']
        options.name_IDs = ['*']
        options.notdef_outline = True
        font = subset.load_font(os.path.join(package, source), options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        subsetter.subset(font)
        out = os.path.join(here, 'NotoSansSC-' + weight + '.ttf')
        subset.save_font(font, out, options)
        print(out, os.path.getsize(out), 'bytes')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""The interface's translations (translations/tuoyu_zh_CN.ts, translations/tuoyu_en.ts).

  scripts/translations.py update [BUILD_DIR | --no-lupdate]
                                              lupdate over ui/ and app/ (the CMake target
                                              tuoyu_ui_lupdate, -no-obsolete), then every entry of
                                              tuoyu_zh_CN.ts is finished as its own source text
                                              (Chinese is the source language).
  scripts/translations.py todo                the English entries still unfinished, one a line:
                                              context TAB source (newlines written as \\n)
  scripts/translations.py apply FILE.tsv      fills tuoyu_en.ts from lines context TAB source TAB
                                              English (the todo lines with a third column added);
                                              refuses a line whose %1 %2 … or &accelerator differ.

New strings: wrap them in tr() (or run the i18n sweep), then `update`, `todo > new.tsv`, add
the English column, `apply new.tsv`, build (lrelease runs with it) and run ctest -R i18n.
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = {lang: os.path.join(ROOT, 'translations', f'tuoyu_{lang}.ts') for lang in ('zh_CN', 'en')}


def esc(text):
    return text.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def unesc(text):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), text)


def load(lang):
    return ET.parse(TS[lang])


def xml_text(text):
    return (text or '').replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;') \
        .replace('"', '&quot;').replace("'", '&apos;')


def save(tree, lang):
    """Writes the file in lupdate's own layout, so that lupdate and this script leave the same
    bytes and a diff shows only what changed."""
    root = tree.getroot()
    attrs = ''.join(f' {k}="{v}"' for k, v in root.attrib.items())
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>', f'<TS{attrs}>']
    for ctx in root.iter('context'):
        out += ['<context>', f'    <name>{xml_text(ctx.find("name").text)}</name>']
        for msg in ctx.iter('message'):
            mattrs = ''.join(f' {k}="{v}"' for k, v in msg.attrib.items())
            out.append(f'    <message{mattrs}>')
            for child in msg:
                if child.tag == 'translation':
                    tattrs = ''.join(f' {k}="{v}"' for k, v in child.attrib.items())
                    forms = child.findall('numerusform')
                    if forms:
                        out.append(f'        <translation{tattrs}>')
                        out += [f'            <numerusform>{xml_text(f.text)}</numerusform>'
                                for f in forms]
                        out.append('        </translation>')
                    else:
                        out.append(f'        <translation{tattrs}>{xml_text(child.text)}</translation>')
                else:
                    out.append(f'        <{child.tag}>{xml_text(child.text)}</{child.tag}>')
            out.append('    </message>')
        out.append('</context>')
    out.append('</TS>')
    with open(TS[lang], 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')


def messages(tree):
    for ctx in tree.getroot().iter('context'):
        name = ctx.find('name').text
        for msg in ctx.iter('message'):
            yield name, msg


def marks(text):
    """What must survive translation: the %1 %2 … placeholders, %n, and whether there is an
    accelerator (&X, not &&)."""
    places = sorted(set(re.findall(r'%(?:\d+|n)', text)))
    accel = bool(re.search(r'&(?!&)(?!nbsp;)(?!amp;)\w', text))
    return places, accel


def update(build):
    if build != '--no-lupdate':
        subprocess.run(['cmake', '--build', build, '--target', 'tuoyu_ui_lupdate'], check=True)
    tree = load('zh_CN')
    for _, msg in messages(tree):
        tr = msg.find('translation')
        if msg.get('numerus') == 'yes':
            forms = tr.findall('numerusform') or [ET.SubElement(tr, 'numerusform')]
            for f in forms:
                if not f.text:
                    f.text = msg.find('source').text
        elif not tr.text:
            tr.text = msg.find('source').text
        tr.attrib.pop('type', None)
    save(tree, 'zh_CN')
    todo(sys.stderr)


def todo(out=sys.stdout):
    n = 0
    for name, msg in messages(load('en')):
        if msg.find('translation').get('type') == 'unfinished':
            out.write(f"{name}\t{esc(msg.find('source').text)}\n")
            n += 1
    print(f'{n} English entr{"y" if n == 1 else "ies"} unfinished', file=sys.stderr)


def apply(path):
    wanted = {}
    bad = 0
    for number, line in enumerate(open(path, encoding='utf-8'), 1):
        parts = line.rstrip('\n').split('\t')
        if len(parts) != 3:
            continue
        ctx, src, en = parts[0], unesc(parts[1]), unesc(parts[2])
        if marks(src) != marks(en):
            print(f'{path}:{number}: placeholders or accelerator differ: {parts[1]!r} → {parts[2]!r}',
                  file=sys.stderr)
            bad += 1
            continue
        wanted[(ctx, src)] = en
    tree = load('en')
    done = 0
    for name, msg in messages(tree):
        key = (name, msg.find('source').text)
        if key in wanted:
            tr = msg.find('translation')
            tr.text = wanted[key]
            tr.attrib.pop('type', None)
            done += 1
    save(tree, 'en')
    print(f'{done} English entries filled, {bad} refused', file=sys.stderr)
    return 1 if bad else 0


if __name__ == '__main__':
    args = sys.argv[1:]
    if args[:1] == ['update']:
        update(args[1] if len(args) > 1 else os.path.join(ROOT, 'build'))
    elif args[:1] == ['todo']:
        todo()
    elif args[:1] == ['apply'] and len(args) == 2:
        sys.exit(apply(args[1]))
    else:
        print(__doc__)
        sys.exit(2)

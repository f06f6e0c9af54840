#!/usr/bin/env python3
"""i18n sweep for TuoyuDesk: wraps Chinese string literals of ui/ and app/ sources in tr().

Usage (from anywhere; paths may be files or directories):
    python3 /work/wt/i18n-sweep.py [--dry-run] [--no-format] REPO/ui REPO/app [more files…]

What it does, per file:
  * QStringLiteral("中文…") (adjacent literals included) becomes
      - tr("中文…")                              inside a member function (or an inline member, or
                                                  a lambda in one) of a class that has Q_OBJECT or
                                                  Q_DECLARE_TR_FUNCTIONS;
      - QCoreApplication::translate("CTX", "中文…") elsewhere in a function (free functions,
                                                  non-QObject classes); CTX is the file's main
                                                  class (tuoyu::X) or "tuoyu::cli" under app/.
  * A bare "中文…" literal in a function or a table (char arrays, struct tables) becomes
      QT_TR_NOOP("…") / QT_TRANSLATE_NOOP("CTX", "…"); the place that shows it must call tr() or
      QCoreApplication::translate(CTX, …) on it — those lines are printed as "TABLE" for a look.
  * A QStringLiteral with Chinese at namespace scope (static init, before any translator) is left
    alone and printed as "MANUAL".
  * Literals already inside tr / translate / QT_*NOOP are left alone, so running the sweep again
    changes nothing. Literals listed in REPO/tests/i18n/untranslated.txt (the allow-list the test
    reads: "path | literal | reason") are left alone too.
  * Prints "SHADOW" where a variable named tr would hide tr() (rename it by hand).
  * Adds #include <QCoreApplication> when it now calls QCoreApplication::translate, then runs
    clang-format -i on each changed file (the repository's .clang-format).

Afterwards: build, then `cmake --build build --target tuoyu_translations_update` (lupdate, see
translations/README.md) and translate the new entries of translations/tuoyu_en.ts.
"""
import os
import re
import subprocess
import sys

CJK = re.compile(r'[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]')
DONE_CALLEES = {'tr', 'translate', 'QT_TR_NOOP', 'QT_TRANSLATE_NOOP', 'QT_TR_N_NOOP',
                'QT_TRANSLATE_N_NOOP', 'QT_TRANSLATE_NOOP3', 'qtTrId', 'QT_TRID_NOOP'}


def repo_root(path):
    d = os.path.abspath(path if os.path.isdir(path) else os.path.dirname(path))
    while d != '/':
        if os.path.exists(os.path.join(d, '.git')) and os.path.isdir(os.path.join(d, 'ui')):
            return d
        d = os.path.dirname(d)
    sys.exit(f'no TuoyuDesk repository above {path}')


def tr_classes(root):
    """Names of the classes that may call tr(): Q_OBJECT / Q_DECLARE_TR_FUNCTIONS in ui/ and app/."""
    names = set()
    pat = re.compile(r'\b(?:class|struct)\s+(?:\w+\s+)?(\w+)\s*(?:final\s*)?(?::[^;{]*)?\{\s*'
                     r'(?:Q_OBJECT|Q_DECLARE_TR_FUNCTIONS)')
    for sub in ('ui', 'app'):
        for dirpath, _, files in os.walk(os.path.join(root, sub)):
            for f in files:
                if f.endswith(('.h', '.cpp')):
                    with open(os.path.join(dirpath, f), encoding='utf-8') as fh:
                        names.update(pat.findall(strip_header(fh.read())))
    return names


def allow_list(root):
    allowed = set()
    path = os.path.join(root, 'tests', 'i18n', 'untranslated.txt')
    if os.path.exists(path):
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            parts = [p.strip() for p in line.split(' | ')]
            if len(parts) >= 2:
                allowed.add((parts[0], parts[1]))
    return allowed


def file_context(root, path):
    rel = os.path.relpath(path, root)
    if rel.startswith('app' + os.sep):
        return 'tuoyu::cli'
    header = os.path.splitext(path)[0] + '.h'
    if os.path.exists(header):
        m = re.search(r'\bclass\s+(\w+)[^;{]*\{\s*Q_OBJECT',
                      strip_header(open(header, encoding='utf-8').read()))
        if m:
            return 'tuoyu::' + m.group(1)
    base = os.path.splitext(os.path.basename(path))[0]
    return 'tuoyu::' + ''.join(p.capitalize() for p in base.split('_'))


STRING = re.compile(r'(?:u8|u|U|L)?"(?:[^"\\\n]|\\.)*"')


def strip_header(h):
    h = re.sub(r'//[^\n]*', ' ', h)
    h = re.sub(r'/\*.*?\*/', ' ', h, flags=re.S)
    return STRING.sub('""', h)


def scan(text):
    """Yields events: ('str', start, end, calleeStack, scopeInfo) over code, skipping comments."""
    i, n = 0, len(text)
    scopes = []          # dicts: kind in namespace|class|function|block|data, name, cls
    header_start = 0     # where the text that leads up to the next '{' starts
    parens = []          # (callee, start) for each open '(' / '['
    last_closed = None
    events = []
    at_line_start = True
    while i < n:
        c = text[i]
        if c == '\n':
            at_line_start = True
            i += 1
            continue
        if at_line_start and c == '#':
            # preprocessor line (with continuations)
            while i < n and text[i] != '\n':
                if text[i] == '\\' and i + 1 < n and text[i + 1] == '\n':
                    i += 1
                i += 1
            header_start = i
            continue
        if not c.isspace():
            at_line_start = False
        if text.startswith('//', i):
            j = text.find('\n', i)
            i = n if j < 0 else j
            continue
        if text.startswith('/*', i):
            j = text.find('*/', i + 2)
            i = n if j < 0 else j + 2
            continue
        m = re.match(r'(?:u8|u|U|L)?R"([^(\s]*)\(', text[i:i + 40])
        if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            end = text.find(')' + m.group(1) + '"', i)
            i = n if end < 0 else end + len(m.group(1)) + 2
            continue
        if c == '"' or (c in 'uUL' and STRING.match(text, i) and
                        (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_'))):
            m = STRING.match(text, i)
            if m:
                sc = list(scopes)
                if not any(x['kind'] in ('function', 'block') for x in sc):
                    # a constructor's initializer list: Class::Class(…) : Base(QStringLiteral(…))
                    h = strip_header(text[header_start:i])
                    q = re.search(r'(\w+)::~?\w+\s*\(', h)
                    if q and re.search(r'\)\s*:', h):
                        sc.append({'kind': 'function', 'cls': q.group(1)})
                events.append(('str', m.start(), m.end(), [p[0] for p in parens], sc))
                i = m.end()
                continue
        if c == "'":
            if i > 0 and text[i - 1].isalnum() and text[i - 1] not in 'uULR8':
                i += 1  # digit separator
                continue
            m = re.match(r"'(?:[^'\\\n]|\\.)*'", text[i:])
            i += m.end() if m else 1
            continue
        if c in '([':
            m = re.search(r'([A-Za-z_]\w*)\s*$', text[max(0, i - 80):i])
            parens.append((m.group(1) if (m and c == '(') else '', i))
        elif c in ')]':
            if parens:
                callee, start = parens.pop()
                events.append(('close', start, i + 1, callee, None))
        elif c == ';':
            if not parens:
                header_start = i + 1
                last_closed = None
        elif c == '{':
            header = strip_header(text[header_start:i])
            outer = scopes[-1] if scopes else {'kind': 'namespace', 'name': ''}
            if parens:
                kind = {'kind': 'block' if outer['kind'] in ('function', 'block') else 'data',
                        'cls': outer.get('cls'), 'name': ''}
                # braces inside parentheses: an initializer list argument
                scopes.append(kind)
                i += 1
                continue
            flat = header
            while True:  # parameter lists (nested ones too) reduced to ()
                reduced = re.sub(r'\((?!\))[^()]*(?:\(\)[^()]*)*\)', '()', flat)
                if reduced == flat:
                    break
                flat = reduced
            if outer['kind'] in ('function', 'block'):
                scope = {'kind': 'block', 'cls': outer.get('cls'), 'ns': outer.get('ns')}
            elif outer['kind'] == 'data':
                scope = {'kind': 'data', 'cls': outer.get('cls'), 'ns': outer.get('ns')}
            elif re.search(r'\bnamespace\b', header):
                nm = re.search(r'\bnamespace\s+([\w:]+)', header)
                scope = {'kind': 'namespace', 'name': nm.group(1) if nm else '(anonymous)',
                         'ns': (outer.get('ns') or []) + [nm.group(1) if nm else None]}
            elif re.search(r'\b(enum)\b', flat):
                scope = {'kind': 'data', 'ns': outer.get('ns')}
            elif re.search(r'\b(class|struct|union)\s+\w+[^()=]*$', flat.strip()):
                nm = re.search(r'\b(?:class|struct|union)\s+(?:\w+\s+)?(\w+)\s*(?:final\s*)?(?::[^{]*)?$',
                               flat.strip())
                scope = {'kind': 'class', 'name': nm.group(1) if nm else '', 'ns': outer.get('ns')}
            elif '=' in flat.replace('==', '').replace('operator=', '') or not flat.strip() \
                    or flat.strip().startswith(','):
                if last_closed and last_closed['kind'] == 'function' and \
                        (not flat.strip() or flat.strip().startswith(',')):
                    scope = dict(last_closed)
                else:
                    scope = {'kind': 'data', 'cls': outer.get('name') if outer['kind'] == 'class' else None,
                             'ns': outer.get('ns')}
            elif '(' in flat:
                q = re.search(r'(\w+)::(?:~?\w+|operator\W+)\s*\(', flat)
                cls = q.group(1) if q else (outer.get('name') if outer['kind'] == 'class' else None)
                scope = {'kind': 'function', 'cls': cls, 'ns': outer.get('ns')}
            else:
                scope = {'kind': 'data', 'ns': outer.get('ns')}
            scopes.append(scope)
            header_start = i + 1
        elif c == '}':
            if scopes:
                last_closed = scopes.pop()
            if not parens:
                header_start = i + 1
        i += 1
    return events


def convert(path, root, classes, allowed, dry_run):
    text = open(path, encoding='utf-8').read()
    rel = os.path.relpath(path, root)
    ctx = file_context(root, path)
    events = scan(text)
    closes = {e[1]: e[2] for e in events if e[0] == 'close'}
    edits = []   # (start, end, replacement)
    notes = []
    handled_calls = set()
    for ev in events:
        if ev[0] != 'str':
            continue
        _, s, e, callees, scopes = ev
        lit = text[s:e]
        if not CJK.search(lit):
            continue
        body = lit[lit.index('"') + 1:-1]
        if (rel, body) in allowed:
            continue
        callee = callees[-1] if callees else None
        if callee in DONE_CALLEES:
            continue
        fn = next((sc for sc in reversed(scopes) if sc['kind'] in ('function', 'block')), None)
        inner = scopes[-1] if scopes else None
        cls = fn.get('cls') if fn else (inner.get('cls') if inner else None)
        use_tr = bool(cls and cls in classes)
        line = text.count('\n', 0, s) + 1
        if callee == 'QStringLiteral':
            # find the call's '(' : the nearest 'QStringLiteral' before s
            start = text.rfind('QStringLiteral', 0, s)
            paren = text.index('(', start)
            if paren in handled_calls:
                continue
            handled_calls.add(paren)
            if fn is None:
                notes.append(f'MANUAL {rel}:{line}: QStringLiteral at namespace scope: {body[:40]}')
                continue
            new = 'tr(' if use_tr else f'QCoreApplication::translate("{ctx}", '
            edits.append((start, paren + 1, new))
        elif callee in (None, '') or callee not in ('QStringLiteral',):
            if callee not in (None, ''):
                notes.append(f'CHECK {rel}:{line}: literal inside {callee}(): {body[:40]}')
                continue
            # a bare literal: a table entry, or a continuation of an earlier literal
            prev = text[:s].rstrip()
            if prev.endswith('"'):
                continue  # continuation of a literal handled with its first piece
            # extend over adjacent literals
            end = e
            while True:
                m = re.match(r'\s*(?:u8|u|U|L)?"(?:[^"\\\n]|\\.)*"', text[end:])
                if not m:
                    break
                end += m.end()
            new = ('QT_TR_NOOP(' if use_tr else f'QT_TRANSLATE_NOOP("{ctx}", ')
            edits.append((s, s, new))
            edits.append((end, end, ')'))
            notes.append(f'TABLE {rel}:{line}: {"tr" if use_tr else ctx}: {body[:40]}')
    for m in re.finditer(r'[\w>&*]\s+&?\*?tr\s*(?:=|\{|;|\))', text):
        # a variable named tr hides tr() in its scope: rename it
        notes.append(f'SHADOW {rel}:{text.count(chr(10), 0, m.start()) + 1}: a name tr hides tr()')
    if not edits:
        return False, notes
    out = text
    for s, e, new in sorted(edits, key=lambda x: (x[0], x[1]), reverse=True):
        out = out[:s] + new + out[e:]
    if 'QCoreApplication::translate' in out or 'QT_TRANSLATE_NOOP' in out or 'QT_TR_NOOP' in out:
        if not re.search(r'#include\s*<(QCoreApplication|QtCore/QCoreApplication|QApplication|QGuiApplication)>', out):
            incs = list(re.finditer(r'^#include\s*<Q\w+>\s*$', out, re.M))
            if incs:
                pos = incs[-1].end()
                # keep the block sorted when it is: insert before the first include that sorts later
                for m in incs:
                    if m.group(0).strip() > '#include <QCoreApplication>':
                        pos = m.start() - 1
                        break
                out = out[:pos + 1] + '#include <QCoreApplication>\n' + out[pos + 1:] \
                    if pos >= 0 else '#include <QCoreApplication>\n' + out
            else:
                incs = list(re.finditer(r'^#include\s*".*"\s*$', out, re.M))
                pos = incs[-1].end() if incs else 0
                out = out[:pos] + '\n\n#include <QCoreApplication>\n' + out[pos:]
    if not dry_run:
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write(out)
    return True, notes


def main(argv):
    dry = '--dry-run' in argv
    fmt = '--no-format' not in argv
    paths = [a for a in argv if not a.startswith('--')]
    if not paths:
        print(__doc__)
        return 2
    root = repo_root(paths[0])
    classes = tr_classes(root)
    allowed = allow_list(root)
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, fs in os.walk(p):
                files += [os.path.join(dirpath, f) for f in sorted(fs) if f.endswith(('.cpp', '.h'))]
        else:
            files.append(p)
    changed = []
    for f in sorted(files):
        did, notes = convert(os.path.abspath(f), root, classes, allowed, dry)
        for n in notes:
            print(n)
        if did:
            changed.append(f)
    if changed and fmt and not dry:
        subprocess.run(['clang-format', '-i', *changed], check=True, cwd=root)
    print(f'{len(changed)} file(s) {"would change" if dry else "changed"}', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

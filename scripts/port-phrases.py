#!/usr/bin/env python3
"""Moves inline English/Japanese pairs into the phrase catalog (Sources/Reports/Phrases.swift).

A branch written before the catalog may still say `context.t("English", "日本語")` or
`invocation.localized("English", "日本語")`. Run this from the repository root and each such
call whose two arguments are plain string literals becomes `context.t(.pName, args…)` /
`invocation.t(.pName, args…)`, with `\\(expr)` interpolations turned into `{1}`, `{2}` … and
passed as arguments; the pair is added to the catalog (or an identical entry reused). Calls it
cannot move (a Japanese interpolation the English lacks, `{` in the text, a non-literal
argument) are listed: move those by hand. Then build, run `swift test`, and check that the
goldens did not change (`git diff Tests/CLITests/Golden`).

    python3 scripts/port-phrases.py
"""
import re, glob, sys

def lex_string(src, i):
    """src[i] == '"'; returns (end_index_after_closing_quote, parts) where parts is a list of
    ('lit', raw_text) and ('expr', raw_expr). None if a multi-line literal."""
    assert src[i] == '"'
    if src.startswith('"""', i): return None
    j = i + 1
    parts = []; buf = ''
    while j < len(src):
        c = src[j]
        if c == '\\':
            if src[j+1] == '(':
                if buf: parts.append(('lit', buf)); buf = ''
                k = j + 2; depth = 1; start = k
                while depth:
                    ch = src[k]
                    if ch == '"':
                        r = lex_string(src, k)
                        if r is None: return None
                        k = r[0]; continue
                    if ch == '(': depth += 1
                    elif ch == ')': depth -= 1
                    k += 1
                parts.append(('expr', src[start:k-1])); j = k; continue
            buf += src[j:j+2]; j += 2; continue
        if c == '"':
            if buf: parts.append(('lit', buf))
            return (j + 1, parts)
        if c == '\n': return None
        buf += c; j += 1
    return None

def skip_ws(src, i):
    while i < len(src) and src[i] in ' \t\n': i += 1
    return i

CATALOG = 'Sources/Reports/Phrases.swift'
catalog = open(CATALOG).read()
keys = {}       # (en_template, ja_template) -> key
names = set(re.findall(r'^    case (\w+)$', catalog, re.M))
for name, en, ja in re.findall(r'case \.(\w+): PhraseText\(en: "((?:[^"\\]|\\.)*)", ja: "((?:[^"\\]|\\.)*)"\)', catalog):
    keys.setdefault((en, ja), name)
entries = []    # (key, en, ja), new ones only
def key_for(en_t, ja_t):
    if (en_t, ja_t) in keys: return keys[(en_t, ja_t)]
    words = re.findall(r'[A-Za-z0-9]+', re.sub(r'\{\d\}', ' ', en_t))
    if not words: words = ['punct'] + [f'u{ord(ch):x}' for ch in en_t.strip()][:2] or ['blank']
    if not words: words = ['blank']
    base = words[0].lower() + ''.join(w.capitalize() for w in words[1:6])
    if base[0].isdigit(): base = 'n' + base
    base = 'p' + base[0].upper() + base[1:]
    name = base; n = 2
    while name in names: name = f'{base}{n}'; n += 1
    names.add(name); keys[(en_t, ja_t)] = name; entries.append((name, en_t, ja_t))
    return name

def template(parts, exprs):
    out = ''
    for kind, text in parts:
        if kind == 'lit':
            if '{' in text or '}' in text: return None
            out += text
        else:
            e = re.sub(r'\s+', '', text)
            if e not in exprs: return None
            out += '{%d}' % (exprs.index(e) + 1)
    return out

skipped = []
def convert(src, callee, new_callee, path):
    out = ''; i = 0
    pat = callee + '('
    while True:
        j = src.find(pat, i)
        if j < 0: out += src[i:]; break
        # the call must not be part of a longer identifier
        if j > 0 and (src[j-1].isalnum() or src[j-1] in '_.'):
            out += src[i:j+len(pat)]; i = j + len(pat); continue
        k = skip_ws(src, j + len(pat))
        if k >= len(src) or src[k] != '"':
            out += src[i:j+len(pat)]; i = j + len(pat); continue
        a = lex_string(src, k)
        if a is None: out += src[i:j+len(pat)]; i = j+len(pat); skipped.append((path, 'multiline')); continue
        k2 = skip_ws(src, a[0])
        if src[k2] != ',': out += src[i:j+len(pat)]; i = j+len(pat); skipped.append((path, src[k:k2+20])); continue
        k3 = skip_ws(src, k2 + 1)
        b = lex_string(src, k3) if src[k3] == '"' else None
        if b is None: out += src[i:j+len(pat)]; i = j+len(pat); skipped.append((path, src[k:k3+30])); continue
        k4 = skip_ws(src, b[0])
        if src[k4] != ')': out += src[i:j+len(pat)]; i = j+len(pat); skipped.append((path, src[k:k4+30])); continue
        exprs = []
        raw = {}
        for kind, text in a[1]:
            if kind == 'expr':
                e = re.sub(r'\s+', '', text)
                if e not in exprs: exprs.append(e); raw[e] = text
        en_t = template(a[1], exprs); ja_t = template(b[1], exprs)
        if en_t is None or ja_t is None:
            out += src[i:j+len(pat)]; i = j+len(pat); skipped.append((path, src[k:k4+1][:120])); continue
        key = key_for(en_t, ja_t)
        args = ''.join(', "\\(%s)"' % raw[e] for e in exprs)
        out += src[i:j] + f'{new_callee}(.{key}{args})'
        i = k4 + 1
    return out

files = sorted(glob.glob('Sources/Reports/*.swift') + glob.glob('Sources/LLMCostCLI/*.swift'))
for p in files:
    s = open(p).read(); o = s
    s = convert(s, 'context.t', 'context.t', p)
    # A local alias (`let t = context.t`) keeps working: its bare calls are moved too.
    if re.search(r'let t = (context|invocation)\.t\b|func t\(_ english: String, _ japanese: String\)', s):
        s = convert(s, 't', 't', p)
        if 'func t(_ english: String, _ japanese: String)' in s:
            print(f'  {p}: a local func t(_ english:, _ japanese:) remains; make it take a Phrase')
    s = convert(s, 'invocation.localized', 'invocation.t', p)
    if s != o: open(p, 'w').write(s)
if entries:
    marker = '    // The words of the reports and commands, named after their English.\n'
    assert marker in catalog, 'the catalog has moved: update scripts/port-phrases.py'
    catalog = catalog.replace(marker, marker + ''.join(f'    case {k}\n' for k, _, _ in entries), 1)
    rows = ''.join(f'        case .{k}: PhraseText(en: "{e}", ja: "{j}")\n' for k, e, j in entries)
    anchor = '        case .no: PhraseText(en: "no", ja: "いいえ")\n'
    assert anchor in catalog, 'the catalog has moved: update scripts/port-phrases.py'
    catalog = catalog.replace(anchor, anchor + rows, 1)
    open(CATALOG, 'w').write(catalog)
print(len(entries), 'phrases added to the catalog;', len(skipped), 'calls to move by hand')
for p, t in skipped: print('  left:', p, t[:150].replace('\n', ' '))

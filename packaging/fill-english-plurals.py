#!/usr/bin/env python3
# After "cmake --build build --target update_translations": fills the English plural forms that
# lupdate added to resources/translations/patternbook_en.ts (English needs only those: "1 file",
# "3 files" from "%n file(s)"), and prints them for review.
#   packaging/fill-english-plurals.py resources/translations/patternbook_en.ts
import re, sys, html
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
irregular = [("refer(s)", "refers", "refer"), ("(ies)", "y", "ies")]
def forms(src):
    one = src; many = src
    # verb agreement after "%n pattern(s)"
    one = one.replace("pattern(s) refer to", "pattern refers to")
    many = many.replace("pattern(s) refer to", "patterns refer to")
    one = one.replace("fix(es)", "fix"); many = many.replace("fix(es)", "fixes")
    one = re.sub(r"\(s\)", "", one); many = re.sub(r"\(s\)", "s", many)
    one = re.sub(r"\(es\)", "", one); many = re.sub(r"\(es\)", "es", many)
    return one, many
def repl(m):
    src = html.unescape(m.group(1))
    one, many = forms(src)
    print(f"{src!r}\n   -> {one!r} | {many!r}")
    e = lambda t: html.escape(t, quote=False)
    return (f'<message numerus="yes">\n        <source>{m.group(1)}</source>\n        <translation>\n'
            f'            <numerusform>{e(one)}</numerusform>\n            <numerusform>{e(many)}</numerusform>\n        </translation>')
s = re.sub(r'<message numerus="yes">\n        <source>([^<]*)</source>\n        <translation type="unfinished">\n            <numerusform></numerusform>\n            <numerusform></numerusform>\n        </translation>', repl, s, flags=re.S)
open(p, 'w', encoding='utf-8').write(s)

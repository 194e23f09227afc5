#!/usr/bin/env python3
"""Helps save the real articles' texts again on a new machine (the texts are not in the repository; see README.md here).

    python3 docs/extraction-real/recovery.py rows [FOLDER ...]
        Lists the rows of README.md's source tables as JSON lines: folder ("." for the top-level readings), facts file stem,
        the text file name its reading expects (`article`) and the page's URL. Search the tool's stored pages for each URL
        and save the page's opening under that name (recovery-prompt.md says how to cut it).

    python3 docs/extraction-real/recovery.py check FOLDER [PREFIX]
        For each facts file in FOLDER with its text beside it: splits the text into paragraphs (non-empty blocks) and, for
        every relation with a paragraph number, checks whether a name or alias of both ends (or a word of four letters or
        more of one) occurs in that paragraph, and in the paragraphs one and two before and after. A text cut right matches
        best at offset 0; a title line or caption too many or too few shows as a better match at -1 or +1, or as a cited
        paragraph past the text's end.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STOP = {'the', 'and', 'republic', 'ministry', 'foreign', 'president', 'minister', 'prime', 'state', 'states', 'national',
        'council', 'agreement', 'union'}


def rows(folders):
    """The source rows of README.md, with the folder each belongs to."""
    section = None
    for line in open(os.path.join(HERE, 'README.md'), encoding='utf-8'):
        heading = re.match(r'^#{2,3} .*?(set-[a-z]-(?:heldout|dev|inspected))', line)
        if heading:
            section = heading.group(1)
        if not (line.startswith('| ') and 'http' in line):
            continue
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if section in ('set-a-dev', 'set-a-inspected') and cells[1].startswith('set-a'):
            stem, folder, url = cells[0], cells[1], cells[2]
        elif section is None:
            stem, folder, url = cells[0], '.', cells[1]
        else:
            stem, folder, url = cells[0], section, cells[1]
        if folders and folder not in folders:
            continue
        facts = os.path.join(HERE, folder, stem + '.facts.json')
        article = json.load(open(facts, encoding='utf-8'))['article'] if os.path.exists(facts) else None
        yield {'folder': folder, 'file': stem, 'article': article, 'url': url}


def blocks(text):
    return [b for b in re.split(r'\n\s*\n', text) if b.strip()]


def occurs(entity, paragraph):
    forms = [entity['name']] + entity.get('aliases', [])
    words = {w.lower() for f in forms for w in re.findall(r"[^\W\d_][\w'-]{3,}", f) if w.lower() not in STOP}
    p = paragraph.lower()
    return any(f.lower() in p for f in forms) or any(w in p for w in words)


def check(folder, prefix=''):
    for name in sorted(os.listdir(folder)):
        if not (name.endswith('.facts.json') and name.startswith(prefix)):
            continue
        facts = json.load(open(os.path.join(folder, name), encoding='utf-8'))
        path = os.path.join(folder, facts['article'])
        if not os.path.exists(path):
            print(f'{name}: no text yet')
            continue
        raw = open(path, encoding='utf-8').read()
        problems = [p for p, bad in (('BOM', raw.startswith('\ufeff')), ('no final newline', not raw.endswith('\n'))) if bad]
        paragraphs = blocks(raw)
        entities = {}
        for e in facts['entities']:
            for form in [e['name']] + e.get('aliases', []):
                entities.setdefault(form, e)
        cited = [r for r in facts['relations'] if r.get('paragraph') and r['source'] in entities and r['target'] in entities]
        scores = {}
        for offset in range(-2, 3):
            hits = 0
            for r in cited:
                i = r['paragraph'] - 1 + offset
                if 0 <= i < len(paragraphs) and occurs(entities[r['source']], paragraphs[i]) and occurs(entities[r['target']], paragraphs[i]):
                    hits += 1
            scores[offset] = hits
        best = max(scores, key=lambda o: scores[o])
        verdict = 'OK' if scores[best] == scores[0] else f'SHIFT? best offset {best:+d}'
        last = max([r['paragraph'] for r in cited] + [0])
        if last > len(paragraphs):
            verdict += f'; reading cites paragraph {last} but text has {len(paragraphs)}'
        table = ' '.join(f'{o:+d}:{h}/{len(cited)}' for o, h in scores.items())
        print(f"{facts['article']}: {len(paragraphs)} paragraphs; {table}; {verdict}" + ('; ' + ', '.join(problems) if problems else ''))


if __name__ == '__main__':
    if len(sys.argv) >= 2 and sys.argv[1] == 'rows':
        for row in rows(set(sys.argv[2:])):
            print(json.dumps(row, ensure_ascii=False))
    elif len(sys.argv) in (3, 4) and sys.argv[1] == 'check':
        check(sys.argv[2], sys.argv[3] if len(sys.argv) == 4 else '')
    else:
        sys.exit(__doc__)

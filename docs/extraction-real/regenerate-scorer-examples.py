#!/usr/bin/env python3
"""Regenerates docs/extraction-real/scorer-examples.tsv, the training examples of the proposal scorer.

The examples come from the original article, our corpus (tests/extraction-corpus) and the thirteen read sets of real
articles. The real texts are not in the repository (see README.md here): save them as TEXTS/<set>/<article>.txt beside a copy
of the set's facts files, TEXTS/<set>/<article>.facts.json, with <set> the first column of the examples file (set-a-dev,
set-a-inspected, set-b ... set-l). An article whose text could not be recovered keeps the lines it had when its text was
last available: they are in scorer-examples-kept.json, keyed "<set>/<facts file>", and are written unchanged.

    python3 docs/extraction-real/regenerate-scorer-examples.py TEXTS [--kg path/to/kg.dll]

Then retrain: kg scorer train docs/extraction-real/scorer-examples.tsv --out src/KnowledgeGraph/Extraction/Data/proposal-scorer.json
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SETS = ['set-a-dev', 'set-a-inspected', 'set-b', 'set-c', 'set-d', 'set-e', 'set-f', 'set-g', 'set-h', 'set-i', 'set-j', 'set-k', 'set-l']


def examples(kg, *paths):
    """Runs `kg scorer examples` and returns its lines."""
    with tempfile.TemporaryDirectory() as scratch:
        out = os.path.join(scratch, 'examples.tsv')
        run = subprocess.run(['dotnet', kg, 'scorer', 'examples', *paths, '--data', 'graph-data', '--out', out],
                             cwd=ROOT, capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f'kg scorer examples {" ".join(paths)} failed:\n{run.stderr}')
        with open(out, encoding='utf-8') as f:
            return f.read().splitlines()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('texts', help='folder with one sub-folder per read set: texts beside copies of the facts files')
    parser.add_argument('--kg', default=os.path.join(ROOT, 'src', 'KnowledgeGraph.Cli', 'bin', 'Release', 'net10.0', 'kg.dll'),
                        help='the built kg.dll (default: the Release build of src/KnowledgeGraph.Cli)')
    args = parser.parse_args()
    if not os.path.exists(args.kg):
        sys.exit(f'{args.kg}: no such file; build first: dotnet build src/KnowledgeGraph.Cli -c Release')
    with open(os.path.join(HERE, 'scorer-examples-kept.json'), encoding='utf-8') as f:
        kept = json.load(f)

    lines = examples(args.kg, '../shared/corpus/armenia-new-diplomatic-moves-2025.txt', '--document', 'armenia-new-diplomatic-moves-2025')
    lines += examples(args.kg, 'tests/extraction-corpus')
    for name in SETS:
        folder = os.path.join(args.texts, name)
        if not os.path.isdir(folder):
            sys.exit(f'{folder}: no such folder (one sub-folder per read set, named as the set)')
        facts_files = sorted(f for f in os.listdir(folder) if f.endswith('.facts.json'))
        for facts_file in facts_files:
            key = f'{name}/{facts_file}'
            with open(os.path.join(folder, facts_file), encoding='utf-8') as f:
                article = json.load(f)['article']
            if key in kept:
                lines += kept[key]
                continue
            if not os.path.exists(os.path.join(folder, article)):
                sys.exit(f'{os.path.join(folder, article)}: the text is missing and scorer-examples-kept.json has no lines for {key}')
            # One article at a time, in a folder named as the set (the folder name is the examples' first column).
            with tempfile.TemporaryDirectory() as scratch:
                one = os.path.join(scratch, name)
                os.mkdir(one)
                shutil.copy(os.path.join(folder, facts_file), one)
                shutil.copy(os.path.join(folder, article), one)
                lines += examples(args.kg, one)

    target = os.path.join(HERE, 'scorer-examples.tsv')
    with open(target, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    print(f'wrote {target}: {len(lines)} examples')


if __name__ == '__main__':
    main()

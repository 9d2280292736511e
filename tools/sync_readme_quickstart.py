#!/usr/bin/env python3
"""Copies the code between the README markers of Quickstart.java into README.md's quickstart block.

QuickstartTest fails when the two differ; run this after editing the quickstart class.
"""
import os, re
root = os.path.join(os.path.dirname(__file__), '..')
src = open(os.path.join(root, 'examples/cli/src/main/java/org/paracrine/examples/quickstart/Quickstart.java')).read().split('\n')
b, e = src.index('    // README-BEGIN'), src.index('    // README-END')
code = '\n'.join(l[4:] if l.startswith('    ') else l for l in src[b + 1:e])
readme_path = os.path.join(root, 'README.md')
readme = open(readme_path).read()
start = readme.index('## Quickstart')
block = re.compile(r'```java\n.*?\n```', re.S)
m = block.search(readme, start)
readme = readme[:m.start()] + '```java\n' + code + '\n```' + readme[m.end():]
open(readme_path, 'w').write(readme)

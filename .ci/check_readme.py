"""README.md and nbs/index.ipynb must say the same thing (nbdev_readme needs Quarto, which CI lacks).

Checked: every `##` heading, every shell command in a code block, and every notebook named in the
notebook map of one appears in the other.
"""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
readme = (root/'README.md').read_text()
nb = json.loads((root/'nbs'/'index.ipynb').read_text())
index = '\n'.join(''.join(c['source']) for c in nb['cells'] if c['cell_type'] == 'markdown')

def facts(text):
    heads = set(re.findall(r'^## (.+)$', text, re.M))
    cmds = set(re.findall(r'```sh\n(.+?)\n```', text, re.S))
    nbs = set(re.findall(r'^\| `(\d\w+|index)` \|', text, re.M))
    return {'headings': heads, 'commands': cmds, 'notebooks': nbs}

a, b = facts(readme), facts(index)
bad = [(k, sorted(a[k] ^ b[k])) for k in a if a[k] != b[k]]
for k, diff in bad: print(f"README.md and nbs/index.ipynb disagree on {k}: {diff}")
if not all(a.values()): print("README.md lacks headings, commands or the notebook map"); bad = True
sys.exit(1 if bad else 0)

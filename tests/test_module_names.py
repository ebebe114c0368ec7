"""Structural check: no module of the library binds one top-level name twice.

The rule modules hold hundreds of named patterns; a new pattern given a name already taken
silently replaces the first for every rule that reads it (a rule's table then passes or fails
for the wrong reason). Each name is bound once.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "zhtools"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(path: Path) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else []
        for target in targets:
            reads_itself = isinstance(target, ast.Name) and any(isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(node.value))
            if isinstance(target, ast.Name) and not reads_itself:  # "X = tuple(sorted(X, …))" refines X, it does not replace it
                names[target.id] += 1
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_each_top_level_name_is_bound_once(path):
    twice = sorted(name for name, n in _top_level_names(path).items() if n > 1 and name != "__all__")
    assert not twice, f"{path.name} binds {twice} more than once"


def test_the_check_finds_a_name_bound_twice(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("A = 1\nB = (2,)\nA = 3\nB = tuple(sorted(B))\n", encoding="utf-8")
    assert (_top_level_names(module)["A"], _top_level_names(module)["B"]) == (2, 1)

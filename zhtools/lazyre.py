"""Patterns compiled when first used, not when their module is imported.

Cleaning defines about 200 `regex` patterns at module level, and `regex` compiles each in
Python: 0.1 s, paid by every `zhtools clean` of a small page, which uses fewer than half of
them. `lazy_compile` takes the same arguments as `regex.compile` and returns a stand-in; the
first use of any attribute compiles the pattern and puts it in place of the stand-in in the
module that defined it, so that later calls reach the compiled pattern directly, at no cost.
A stand-in kept elsewhere (in a tuple, a default argument) goes on working through
`__getattr__`.

>>> WORD = lazy_compile(r"\\p{Han}+")
>>> WORD.pattern                      # known without compiling
'\\\\p{Han}+'
>>> WORD.findall("反诈 test 宣传")
['反诈', '宣传']
"""

from __future__ import annotations

import sys
from typing import Any

import regex


class LazyPattern:
    """A `regex.Pattern` made on first use (see the module's docstring)."""

    __slots__ = ("args", "kwargs", "namespace", "compiled")

    def __init__(self, args: tuple[Any, ...], kwargs: dict[str, Any], namespace: dict[str, Any]):
        self.args, self.kwargs, self.namespace = args, kwargs, namespace
        self.compiled: regex.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        return self.args[0]

    def compile(self) -> regex.Pattern[str]:
        if self.compiled is None:
            self.compiled = regex.compile(*self.args, **self.kwargs)
            for name, value in list(self.namespace.items()):
                if value is self:  # the module's own name for it now holds the compiled pattern
                    self.namespace[name] = self.compiled
        return self.compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compile(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.args[0]!r})"


def lazy_compile(*args: Any, **kwargs: Any) -> LazyPattern:
    """`regex.compile(*args, **kwargs)`, done on first use; call it at a module's top level."""
    return LazyPattern(args, kwargs, sys._getframe(1).f_globals)

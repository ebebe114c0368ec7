"""zhtools: clean, split and extract scraped Chinese anti-fraud campaign pages.

`from zhtools import run, RunOptions` runs the whole pipeline into a release folder (see
`zhtools.runner.run`); both are loaded on first use, so `import zhtools` stays cheap and the
modules import one another in one direction only (runner → outputs → pipeline).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["RunOptions", "__version__", "run"]


def __getattr__(name: str) -> Any:
    if name == "run":
        from zhtools.runner import run

        return run
    if name == "RunOptions":
        from zhtools.pipeline import RunOptions

        return RunOptions
    raise AttributeError(f"module 'zhtools' has no attribute {name!r}")

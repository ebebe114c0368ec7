"""Tables derived from other data (jieba's dictionary, the GBK codec, OpenCC), kept on disk.

Building them takes most of a short run: reading jieba's 350,000-word dictionary into word
probabilities, converting the GBK repertoire with OpenCC. `cached` builds a table once, writes
it with `marshal` under the user's cache directory, and reads it back in later processes (a
worker of `zhtools run`, every `zhtools clean`).

A cached table is exactly the table its builder returns: the file's name carries a key made of
the table's name, the zhtools version, the Python version (marshal's format) and the size and
modification time of every source it is built from (the data files and the module holding the
builder), so any change to them builds it anew. The directory is `$ZHTOOLS_CACHE_DIR`, else
`$XDG_CACHE_HOME/zhtools`, else `~/.cache/zhtools`; `ZHTOOLS_CACHE_DIR=""` turns the cache off.
A directory that cannot be written, or a file that cannot be read, costs only the build: the
table is then built in memory as before. Files are written to a temporary name, then renamed;
writing one deletes all but the KEEP newest files of its table, so the cache does not grow with
every edit of a source.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def jieba_dictionary() -> Path:
    """jieba's dictionary file, found without importing jieba (its import does more than we need)."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.origin is not None, "jieba is a dependency"
    return Path(spec.origin).with_name("dict.txt")


def cache_dir() -> Path | None:
    """Where tables are kept, or None when the cache is off."""
    configured = os.environ.get("ZHTOOLS_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "zhtools"


def table_key(name: str, sources: tuple[Path, ...]) -> str:
    from zhtools import __version__

    parts = [name, __version__, f"{sys.version_info.major}.{sys.version_info.minor}"]
    for source in sources:
        stat = source.stat()
        parts.append(f"{source.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:20]


def cached(name: str, build: Callable[[], T], *sources: Path) -> T:
    """The table `build()` returns, read from the cache when an equal one was written there."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        path = folder / f"{name}-{table_key(name, sources)}.marshal"
    except OSError:  # a source that cannot be stat'ed: no key, no cache
        return build()
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    table = build()
    import tempfile  # here: a process that reads every table it needs never loads it

    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(table))
        os.replace(temporary, path)
        prune(folder, name)
    except (OSError, ValueError):  # unwritable, full, or a table marshal cannot hold
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return table


KEEP = 3  # versions of a table kept: every edit of a source writes a new one (up to 15 MB each)


def prune(folder: Path, name: str, keep: int = KEEP) -> None:
    """Delete all but the `keep` newest files of table `name` (installs that share the cache may
    each need their own; more than a few are an edited source's leftovers)."""
    files = []
    for path in folder.glob(f"{name}-*.marshal"):
        with contextlib.suppress(OSError):
            files.append((path.stat().st_mtime_ns, path))
    for _, path in sorted(files, reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()

"""Near-duplicate articles: MinHash LSH finds candidates, the real overlap decides.

The same summary reaches a crawl from five sites, as a whole article, as an aggregator's
cut-short preview, or with another site's intro glued on. Counting it five times skews every
figure a researcher draws, so each article that repeats an earlier one points to it:
`duplicate_of` (the canonical article: the first by document path and ordinal) and
`similarity` (how much of the two they share).

How:
- An article is compared by its **character 5-grams** (shingles) over its cleaned, simplified
  text with punctuation, symbols and spaces removed, so that a copy with other punctuation
  or line breaks is the same article. Word tokenisers split Chinese unreliably; characters
  need no segmenter.
- **Verification** is exact (`similarity`): the share of the shorter article's shingles found
  in the other (the overlap coefficient), so that a copy that lost its last paragraphs, or
  gained a site's intro, is still the same article. That holds when the shorter one has at
  least half the other's shingles, or is a preview (`preview: true`, cut short by an
  aggregator: any length); otherwise, and for articles of fewer than MIN_SHINGLES shingles,
  their Jaccard, which only near-identical articles bring near 1. So a one-line article is
  not a copy of every page that quotes it, and a short report is not a copy of an unsplit
  page that holds it among twenty others. An article shorter than SHINGLE characters is
  never compared.
- **Candidates** come from two MinHash LSH indexes (`LSHIndex`, as datasketch's) over the canonical articles
  seen so far: one of whole articles, one of their openings (the first OPENING characters).
  The first finds copies of comparable length; the second finds previews, whose whole-article
  Jaccard is low (a 366-character preview of a 1,126-character summary: 0.31).
- An article is a duplicate when its best verified similarity to a canonical article reaches
  `threshold`; it then points to that article (ties: the earliest). Otherwise it becomes a
  canonical article itself. Only canonical articles are indexed, so copies of copies all
  point to the first article and never to one another.

The default threshold, 0.6, was read off corpus/raw (scripts/similarity_table.py): the twelve
pairs a reader calls the same article score 0.72 to 1.0; every other pair scores 0.33 or less,
but one: two cut copies of one plan (004 #17, cut in the middle, and #20, a preview) share
0.53 with each other, and both are duplicates of the full plan (#13) at 0.72 and 0.98.

LSH is approximate: a pair the exhaustive comparison calls duplicates can fail to become
candidates. On corpus/raw the stage finds every pair that comparing all pairs finds
(tests/test_dedup.py); `scripts/similarity_table.py --check` measures it on any release. What
it does not look for: a preview that copies the middle of a much longer article.

Workers compute each article's `Sketch` (the two MinHash signatures, their LSH band keys and
the shingle set); the process that writes the release runs a `Deduplicator` over the articles
in order, so the answer is the same for any number of workers and backends.

>>> d = Deduplicator(DedupOptions())
>>> a = "为进一步提高辖区群众防范电信诈骗的意识，派出所民警走进社区开展宣传活动，发放宣传资料五百余份。"
>>> d.add("p#1", a)
(None, None)
>>> d.add("p#2", a.replace("，", ",").replace("五百", "500"))
('p#1', 0.9)
>>> d.add("p#3", "今年以来，我县电信网络诈骗案件呈高发态势，县公安局联合银行开展专项整治。")
(None, None)
"""

from __future__ import annotations

import hashlib
import os
from array import array
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

import regex

if TYPE_CHECKING:  # numpy is imported where signatures are made: `zhtools clean` never loads it
    import numpy as np

SHINGLE = 5  # characters in a shingle
NUM_PERM = 128  # MinHash permutations
OPENING = 100  # characters of normalised text that make an article's opening
MIN_SHINGLES = 30  # below this, the shorter article is compared by Jaccard, not overlap
MIN_RATIO = 0.5  # ...and below this share of the longer one's shingles, unless it is a preview
MAX_VERIFIED = 8  # whole-index candidates verified an article, the best estimated first
ESTIMATE_MARGIN = 0.15  # a whole-index candidate is verified unless its MinHash Jaccard falls this far short of what it needs
WHOLE_LSH_THRESHOLD = 0.2  # estimated Jaccard at which whole articles become candidates
OPENING_LSH_THRESHOLD = 0.4  # ... and openings
SEED = 1  # of the MinHash permutations: fixed, so that sketches from any worker agree
SIGNATURE = "<u4"  # datasketch's "affine32" scheme: 32-bit hash values
KEY = "<u8"  # an LSH band key: the band's number in the top byte, its 56-bit hash below
FLUSH_AT = 4096  # band keys an index takes into a dict before it sorts them into its arrays
CACHE_BYTES = 8 << 20  # canonical shingle sets kept at hand when the others are spilled to a file

NOISE = regex.compile(r"[\p{P}\p{S}\p{Z}\p{C}\s]+")  # what a copy may change without being another article


@dataclass(frozen=True)
class DedupOptions:
    """How to find near-duplicates. Vary it with `dataclasses.replace`."""

    enabled: bool = True
    threshold: float = 0.6  # the verified similarity at which an article is a duplicate

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"the duplicate threshold must be in (0, 1], not {self.threshold}")


class Sketch(NamedTuple):
    """What a worker sends for one article: its two MinHash signatures (SIGNATURE bytes each),
    and what verifying it against a candidate needs, so that the process writing the release
    never normalises or shingles a text the workers already did: its normalised length and its
    shingle set (sorted uint64 hashes, as bytes); and its LSH keys (`band_keys` of both
    signatures, KEY bytes each), which cost the writing process a hash per band."""

    whole: bytes
    opening: bytes
    length: int = -1  # len(normalise(text)); -1: not given (a sketch made by an older run)
    shingles: bytes = b""
    keys: bytes = b""  # the whole article's band keys, then its opening's; b"": not given


# --- shingles and signatures ------------------------------------------------------------------


def normalise(text: str) -> str:
    """The text a copy keeps: no punctuation, symbols, spaces or control characters.

    >>> normalise("一是加强宣传，\\n牢记“三不一要”。")
    '一是加强宣传牢记三不一要'
    """
    return NOISE.sub("", text)


def shingles(norm: str) -> frozenset[str]:
    """The distinct SHINGLE-character substrings of a normalised text: what similarity counts.
    `shingle_set` is the same set as 64-bit hashes, which is what the stage computes with.

    >>> sorted(shingles("防范电信诈骗"))
    ['范电信诈骗', '防范电信诈']
    """
    return frozenset(norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1))


def shingle_set(norm: str) -> np.ndarray:
    """The shingles of a normalised text as sorted, distinct 64-bit hashes, computed without a
    Python loop over characters: a polynomial over the code points, mixed. Two distinct
    shingles share a hash with odds of about one in 10^13 for a pair of 2,000-shingle
    articles, so similarities computed on these sets are the exact ones. The same text gives
    the same hashes in every process (Python's own `hash` of a str does not).

    >>> len(shingle_set("防范电信诈骗")), len(shingle_set("防范电信")), len(shingle_set("骗骗骗骗骗骗骗"))
    (2, 0, 1)
    """
    import numpy as np
    n = len(norm) - SHINGLE + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    h = codes[:n].copy()  # in place from here on: no temporary array per step
    for k in range(1, SHINGLE):
        h *= np.uint64(0x100000001B3)  # wraps modulo 2**64, as intended
        h += codes[k : k + n]
    h ^= h >> np.uint64(31)  # splitmix64's finaliser: spreads the polynomial over all 64 bits
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    # Sorted and distinct, as np.unique gives them, at a third of its cost on article-sized sets.
    h.sort()
    distinct = np.empty(n, dtype=bool)
    distinct[0] = True
    np.not_equal(h[1:], h[:-1], out=distinct[1:])
    return h[distinct]


def shingle_hashes(shingle_set64: np.ndarray) -> np.ndarray:
    """The 32-bit hashes MinHash takes (datasketch's "affine32" scheme), folded from a shingle set.
    Two shingles may fold to one value: MinHash takes the minimum of each permutation over them,
    which a value met twice does not change, so they are not made distinct (a sort of every
    article's hashes, half the cost of its signature)."""
    import numpy as np
    return ((shingle_set64 ^ (shingle_set64 >> np.uint64(32))) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


@cache
def permutations() -> np.ndarray:
    """datasketch's "affine32" permutations for NUM_PERM and SEED (a 2 × NUM_PERM uint32 array:
    odd multipliers, offsets), drawn as `MinHash(num_perm=NUM_PERM, seed=SEED)` draws them
    (tests/test_dedup.py checks it) without importing datasketch in every worker: it imports
    scipy, half a second and tens of MB per process."""
    import numpy as np
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return np.array([a, b])


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser, the pre-mix datasketch's "affine32" scheme applies to each input hash."""
    import numpy as np
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash of a set of 32-bit hashes: what datasketch's `MinHash.update_batch` gives for
    them with an identity hash function (tests/test_dedup.py checks it), in one numpy pass."""
    import numpy as np
    a, b = permutations()
    if not len(hashes):
        return np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    with np.errstate(over="ignore"):
        # one row a permutation, so that each minimum runs along contiguous memory (0.6 x the
        # time of a column a permutation); uint32 arithmetic wraps: that is the modulo. The
        # offsets are added in place: one NUM_PERM x n array, not two (0.66 x the time).
        permuted = a[:, None] * _fmix32(hashes)
        permuted += b[:, None]
    return permuted.min(axis=1)


def sketch(text: str) -> Sketch:
    """An article's sketch, from its text (cleaned, simplified)."""
    norm = normalise(text)
    whole = shingle_set(norm)
    whole_signature = signature(shingle_hashes(whole))
    opening_signature = signature(shingle_hashes(shingle_set(norm[:OPENING])))
    return Sketch(
        whole_signature.astype(SIGNATURE).tobytes(),
        opening_signature.astype(SIGNATURE).tobytes(),
        len(norm),
        whole.tobytes(),
        band_keys(whole_signature, WHOLE_LSH_THRESHOLD).astype(KEY).tobytes() + band_keys(opening_signature, OPENING_LSH_THRESHOLD).astype(KEY).tobytes(),
    )


def shared(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted, distinct arrays share: each value of the shorter is looked
    up in the longer by bisection (no merge and sort, as np.intersect1d does).

    >>> import numpy as np
    >>> shared(np.array([1, 3, 5, 9]), np.array([2, 3, 4, 9, 11]))
    2
    """
    import numpy as np
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return 0
    at = np.searchsorted(b, a)
    at[at == len(b)] = len(b) - 1
    return int(np.count_nonzero(b[at] == a))


def similarity(a: np.ndarray, b: np.ndarray, preview: bool = False) -> float:
    """How much two articles share, from their shingle sets (`shingle_set`): the share of the
    shorter one's shingles found in the other, when the shorter one has at least MIN_SHINGLES
    shingles and at least MIN_RATIO of the other's, or when it is a `preview` (cut short, so
    any length). Otherwise their Jaccard, which only a near-identical pair brings near 1.

    >>> t = "".join(chr(0x4E00 + i) for i in range(200))  # 200 different characters
    >>> similarity(shingle_set(t[:60]), shingle_set(t[:100]))  # 56 shingles, all among the other's 96
    1.0
    >>> similarity(shingle_set(t[:60]), shingle_set(t)), similarity(shingle_set(t[:60]), shingle_set(t), preview=True)
    (0.2857, 1.0)
    >>> similarity(shingle_set(t[:20]), shingle_set(t[:30]))  # 16 shingles: too few to say "all of it"
    0.6154
    """
    small, large = sorted((len(a), len(b)))
    return score(shared(a, b), small, large, preview) if small else 0.0


def by_overlap(small: int, large: int, preview: bool) -> bool:
    """Whether a pair of `small` and `large` shingles is scored by its overlap (else its Jaccard)."""
    return small >= MIN_SHINGLES and (preview or small >= MIN_RATIO * large)


def score(common: int, small: int, large: int, preview: bool) -> float:
    """`similarity` from the number of shingles two articles share and the sizes of their sets."""
    if by_overlap(small, large, preview):
        return round(common / small, 4)
    return round(common / (small + large - common), 4)


def ceiling(small: int, large: int, preview: bool) -> float:
    """The highest `similarity` a pair of these sizes can score (the shorter one wholly in the
    other): what decides, without either set, that a candidate cannot be a duplicate.

    >>> ceiling(40, 100, False), ceiling(60, 100, False), ceiling(40, 100, True), ceiling(0, 100, True)
    (0.4, 1.0, 1.0, 0.0)
    """
    if not small:
        return 0.0
    return 1.0 if by_overlap(small, large, preview) else round(small / large, 4)


class Probe:
    """One article's shingle set, ready to count how many of another set's values it holds.

    Its values sit in a table of 16 to 32 × as many slots, each in the slot its low bits name;
    the few that find their slot taken (about 3 %) are kept apart, sorted. A value of the other
    set is held when its slot holds it or when it is among those kept apart: one vectorised
    lookup and a bisection of a few values, instead of a bisection per value. On a crawl of
    near-copies an article is verified against dozens of candidates, and those bisections were
    the largest cost of the process that writes the release.

    >>> import numpy as np
    >>> Probe(np.array([1, 3, 5, 9, 17], dtype=np.uint64)).shared(np.array([0, 2, 3, 4, 9, 11, 17], dtype=np.uint64))
    3
    """

    __slots__ = ("values", "mask", "slots", "apart", "zero")

    def __init__(self, values: np.ndarray):
        import numpy as np
        bits = min(24, max(10, len(values).bit_length() + 4))
        self.values = values
        self.mask = np.uint64((1 << bits) - 1)
        at = (values & self.mask).view(np.int64)
        self.slots = np.zeros(1 << bits, dtype=np.uint64)
        self.slots[at] = values  # where values share a slot, one of them
        placed = self.slots[at] == values
        self.apart = values[~placed]  # sorted, as `values` is
        # An empty slot reads 0: slot 0 reading 0 when 0 is not a value would count a 0 of the other set.
        self.zero = -1 if self.slots[0] == 0 and not (len(values) and values[0] == 0) else 0

    def shared(self, other: np.ndarray) -> int:
        """`shared(values, other)`."""
        import numpy as np
        if len(other) > 16 * len(self.values):  # a long article against a short one: bisect the short one's values
            return shared(self.values, other)
        n = int(np.count_nonzero(self.slots.take((other & self.mask).view(np.int64)) == other))
        if len(other) and other[0] == 0:
            n += self.zero
        return n + shared(self.apart, other) if len(self.apart) else n


# --- the index --------------------------------------------------------------------------------


def _band_key(band: bytes) -> int:
    """An LSH band's key in the index: a 56-bit int instead of rows × 8 bytes."""
    return int.from_bytes(hashlib.blake2b(band, digest_size=7).digest(), "little")


# The (bands, rows) datasketch's MinHashLSH(threshold, num_perm=NUM_PERM) chooses: those that
# minimise its equally weighted false positive and false negative probabilities, integrals it
# computes with scipy, whose import cost every process of a run 0.9 s. Fixed here, and checked
# against datasketch by tests/test_dedup.py.
LSH_BANDS = {WHOLE_LSH_THRESHOLD: (28, 2), OPENING_LSH_THRESHOLD: (32, 4)}


def band_keys(signature: np.ndarray, threshold: float) -> np.ndarray:
    """The LSH keys of a signature for the index of `threshold`: for each band, `_band_key` of
    its values as big-endian 32-bit words (as datasketch hands them to a `hashfunc`), with the
    band's number in the top byte, so that one sorted array holds the keys of every band."""
    import numpy as np
    bands, rows = LSH_BANDS[threshold]
    data = signature.astype(">u4").tobytes()
    step = 4 * rows
    return np.array([_band_key(data[i * step : (i + 1) * step]) | i << 56 for i in range(bands)], dtype=np.uint64)


class LSHIndex:
    """MinHash LSH: the signature is cut into bands of `rows` values, and two articles are
    candidates when one band is equal. It finds what datasketch's MinHashLSH finds with the
    same bands and band keys; tests/test_dedup.py checks it.

    The keys of the latest articles wait in a dict; every FLUSH_AT keys they are sorted into
    a pair of arrays (keys, ranks), merged with the last pair while that is at most twice as
    long, so that the index holds a few sorted runs, each looked up by bisection. 12 bytes a
    band and an article, where a dict of ints took about 80 (datasketch's sets and lists,
    about 270): what the index costs grows with the canonical articles of the whole run.
    """

    __slots__ = ("threshold", "flush_at", "recent", "n_recent", "runs")

    def __init__(self, threshold: float, flush_at: int = FLUSH_AT):
        self.threshold, self.flush_at = threshold, flush_at
        self.recent: dict[int, int | list[int]] = {}  # band key → the rank of the article, or a list of ranks
        self.n_recent = 0
        self.runs: list[tuple[np.ndarray, np.ndarray]] = []  # (keys sorted, uint64; their ranks, uint32), longest first

    def insert(self, rank: int, signature: np.ndarray | None = None, keys: np.ndarray | None = None) -> None:
        """Index article `rank` by its signature, or by its band keys when the worker sent them."""
        keys = band_keys(signature, self.threshold) if keys is None else keys
        recent = self.recent
        for key in keys.tolist():
            found = recent.get(key)
            if found is None:
                recent[key] = rank
            elif type(found) is list:
                found.append(rank)
            else:
                recent[key] = [found, rank]
        self.n_recent += len(keys)
        if self.n_recent >= self.flush_at:
            self._flush()

    def _flush(self) -> None:
        import numpy as np
        keys: list[int] = []
        ranks: list[int] = []
        for key, found in self.recent.items():
            if type(found) is list:
                keys.extend([key] * len(found))
                ranks.extend(found)
            else:
                keys.append(key)
                ranks.append(found)
        k, r = np.array(keys, dtype=np.uint64), np.array(ranks, dtype=np.uint32)
        self.recent, self.n_recent = {}, 0
        while self.runs and len(self.runs[-1][0]) <= 2 * len(k):  # runs at least halve: a few, however long the run
            k0, r0 = self.runs.pop()
            k, r = np.concatenate([k0, k]), np.concatenate([r0, r])
        order = np.argsort(k, kind="stable")
        self.runs.append((k[order], r[order]))

    def query(self, signature: np.ndarray | None = None, keys: np.ndarray | None = None) -> set[int]:
        """The ranks of the articles sharing a band with `signature` (or with these band keys)."""
        import numpy as np
        keys = band_keys(signature, self.threshold) if keys is None else keys
        found: set[int] = set()
        recent = self.recent
        for key in keys.tolist():
            ranks = recent.get(key)
            if ranks is not None:
                if type(ranks) is list:
                    found.update(ranks)
                else:
                    found.add(ranks)
        for k, r in self.runs:
            lo, hi = k.searchsorted(keys, "left"), k.searchsorted(keys, "right")
            for i in np.flatnonzero(hi > lo).tolist():
                found.update(r[lo[i] : hi[i]].tolist())
        return found


class SpilledSets:
    """Sorted uint64 arrays by rank, written one after the other to a file and read back on demand."""

    def __init__(self, file: BinaryIO):
        self.file, self.offsets, self.end, self.unflushed = file, array("q"), 0, False

    def append(self, values: np.ndarray) -> None:
        self.offsets.append(self.end)
        self.end += self.file.write(values.tobytes())
        self.unflushed = True

    def __getitem__(self, rank: int) -> np.ndarray:
        import numpy as np
        if self.unflushed:
            self.file.flush()
            self.unflushed = False
        start = self.offsets[rank]
        end = self.offsets[rank + 1] if rank + 1 < len(self.offsets) else self.end
        return np.frombuffer(os.pread(self.file.fileno(), end - start, start), dtype=np.uint64)


class Deduplicator:
    """Answers, for each article in canonical order, which earlier article it repeats.

    It keeps the shingle set of every canonical article, which verifying a later candidate
    needs: in memory, or, given a `spill` file (the runner's, in its output folder), in that
    file, read back when a candidate needs it, with the latest sets (CACHE_BYTES) at hand.
    A run's canonical articles hold 8 bytes a shingle, a few MB per MB of input on a crawl of
    distinct pages: kept in the process, they would grow its memory with the corpus.
    """

    def __init__(self, options: DedupOptions, spill: BinaryIO | None = None, cache_bytes: int = CACHE_BYTES):
        import numpy as np

        self.options = options
        self.whole = LSHIndex(WHOLE_LSH_THRESHOLD)
        self.opening = LSHIndex(OPENING_LSH_THRESHOLD)
        self.ids: list[str] = []  # canonical article ids; the index holds their ranks
        self.previews: set[int] = set()  # ranks of canonical articles that are previews
        self.signatures = np.empty((0, NUM_PERM), dtype=SIGNATURE)  # whole-article MinHash of each canonical article, by rank (and room for more)
        self.lengths: list[int] = []  # normalised length of each canonical article
        self.sizes = array("l")  # distinct shingles of each canonical article
        self.sets: list[np.ndarray] | SpilledSets = [] if spill is None else SpilledSets(spill)  # shingles by rank
        self.cache: OrderedDict[int, np.ndarray] = OrderedDict()  # the latest sets used, when spilled
        self.cached, self.cache_bytes = 0, cache_bytes

    def add(self, article_id: str, text: str, sk: Sketch | None = None, preview: bool = False) -> tuple[str | None, float | None]:
        """(duplicate_of, similarity) for the next article, or (None, None) when it is canonical.
        `preview`: the article is cut short (an aggregator's preview), see `similarity`."""
        import numpy as np

        if sk is None or sk.length < 0:
            sk = sketch(text)
        if sk.length < SHINGLE:
            return None, None  # nothing to compare: never a duplicate, never a canonical
        whole = np.frombuffer(sk.whole, dtype=SIGNATURE)
        if sk.keys:
            keys = np.frombuffer(sk.keys, dtype=KEY)
            whole_keys, opening_keys = keys[: LSH_BANDS[WHOLE_LSH_THRESHOLD][0]], keys[LSH_BANDS[WHOLE_LSH_THRESHOLD][0] :]
        else:
            whole_keys = band_keys(whole, WHOLE_LSH_THRESHOLD)
            opening_keys = band_keys(np.frombuffer(sk.opening, dtype=SIGNATURE), OPENING_LSH_THRESHOLD)
        by_opening = self.opening.query(keys=opening_keys)
        found = by_opening | self._plausible(self.whole.query(keys=whole_keys) - by_opening, whole, sk.length, preview)
        best: tuple[float, int] | None = None  # (similarity, rank)
        mine = np.frombuffer(sk.shingles, dtype=np.uint64)
        probe = None
        for rank in sorted(found):
            size = self.sizes[rank]
            small, large = sorted((len(mine), size))
            shorter_is_preview = preview if len(mine) <= size else rank in self.previews
            # A candidate that cannot reach the threshold, or beat the best (ties go to the
            # earliest), is skipped without its shingles: `similarity` decides as before.
            top = ceiling(small, large, shorter_is_preview)
            if top < self.options.threshold or (best is not None and top <= best[0]):
                continue
            probe = probe or Probe(mine)
            found_score = score(probe.shared(self._shingles(rank)), small, large, shorter_is_preview)
            if found_score >= self.options.threshold and (best is None or found_score > best[0]):
                best = (found_score, rank)
        if best is not None:
            return self.ids[best[1]], best[0]
        rank = len(self.ids)
        self.ids.append(article_id)
        if preview:
            self.previews.add(rank)
        if rank == len(self.signatures):  # full: a quarter more room
            self.signatures = np.concatenate([self.signatures, np.empty_like(self.signatures, shape=(max(256, rank // 4), NUM_PERM))])
        self.signatures[rank] = whole
        self.lengths.append(sk.length)
        self.sizes.append(len(mine))
        self.sets.append(mine)
        if type(self.sets) is SpilledSets:
            self._remember(rank, mine)  # a later copy of it is verified without reading it back
        self.whole.insert(rank, keys=whole_keys)
        self.opening.insert(rank, keys=opening_keys)
        return None, None

    def _plausible(self, ranks: set[int], signature: np.ndarray, length: int, preview: bool) -> set[int]:
        """The candidates worth verifying: those whose Jaccard estimated from the MinHash
        signatures comes within ESTIMATE_MARGIN (three standard errors at 128 permutations) of
        the Jaccard they would need to reach the threshold, given both lengths. On a crawl of
        near-copies LSH returns dozens of candidates an article, and verifying each costs its
        text read back and its shingles computed; the estimate costs a comparison of two arrays.
        Of those, the MAX_VERIFIED best estimated are verified: on a crawl of many near-variants
        the plausible ones grow with the canonical articles, and so would the run's time, squared."""
        if not ranks:
            return ranks
        order = sorted(ranks)
        estimated = (self.signatures[order] == signature).mean(axis=1)
        keep: list[tuple[float, int]] = []
        t = self.options.threshold
        for rank, j in zip(order, estimated):
            small, large = sorted((max(1, length - SHINGLE + 1), max(1, self.lengths[rank] - SHINGLE + 1)))
            shorter_is_preview = preview if length <= self.lengths[rank] else rank in self.previews
            if small >= MIN_SHINGLES and (shorter_is_preview or small >= MIN_RATIO * large):
                needed = t * small / (small + large - t * small)  # the Jaccard of an overlap of t
            else:
                needed = t
            if j >= needed - ESTIMATE_MARGIN:
                keep.append((-j, rank))
        return {rank for _, rank in sorted(keep)[:MAX_VERIFIED]}

    def _shingles(self, rank: int) -> np.ndarray:
        if type(self.sets) is list:
            return self.sets[rank]
        found = self.cache.get(rank)
        if found is None:
            found = self.sets[rank]
            self._remember(rank, found)
        else:
            self.cache.move_to_end(rank)
        return found

    def _remember(self, rank: int, shingles: np.ndarray) -> None:
        self.cache[rank] = shingles
        self.cached += shingles.nbytes
        while self.cached > self.cache_bytes and len(self.cache) > 1:
            self.cached -= self.cache.popitem(last=False)[1].nbytes


def find_duplicates(articles: Iterable[tuple[str, str] | tuple[str, str, bool]], options: DedupOptions | None = None) -> Iterator[tuple[str, str | None, float | None]]:
    """(id, duplicate_of, similarity) for each (id, text) or (id, text, preview) given in
    canonical order: the dedup stage alone.

    >>> text = "为进一步提高辖区群众防范电信诈骗的意识，派出所民警走进社区开展宣传活动。"
    >>> list(find_duplicates([("a#1", text), ("b#1", "（转载）" + text), ("b#2", "短文")]))
    [('a#1', None, None), ('b#1', 'a#1', 1.0), ('b#2', None, None)]
    """
    dedup = Deduplicator(options or DedupOptions())
    for article_id, text, *preview in articles:
        yield (article_id, *dedup.add(article_id, text, preview=bool(preview and preview[0])))

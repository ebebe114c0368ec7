"""Benchmark the pipeline on a large synthetic crawl against bare OpenCC and JioNLP.

Usage: python scripts/bench.py [--size-mb 200] [--repeat 1] [--workers-list 1,2]
                               [--only corpus,pipeline,baselines,memory,anatomy,startup] [--seed 0]

One run builds (or reuses) a corpus and measures, best of --repeat:

* the pipeline as a whole process (`zhtools run CORPUS --out TMP --workers N --quiet`),
  wall time and MB/s (input bytes / seconds) for each N in --workers-list, with a rough peak
  memory of the process tree (the sum of the PSS of the process and all its children,
  sampled every second, since sampling more often takes a sixth of a core from the run it
  times; the largest peak of the repeats is reported); the JSONL outputs of every run must be
  byte-identical (sha256 of each *.jsonl). Each repeat runs every worker count in turn
  (1, 2, 1, 2, ...), after measuring the machine's own ceiling: how much more work two CPU-bound
  Python processes do at once than one alone (2.0 on two free cores; less when other work shares
  them), which no 2-worker ratio can beat;
* bare OpenCC `t2s`, in this process: read each file, decode it with its recorded encoding,
  convert (the "convert only" figure, over already decoded texts, is printed too);
* JioNLP `clean_text` over the same decoded texts, as a peer baseline (the whole corpus, or a
  fixed sample with --jionlp-sample-mb);
* peak memory of a 1-worker run on a small corpus (--small-mb, default size/4) and on the
  full one, and their ratio: runs of their own, untimed, whose PSS is sampled every 50 ms
  (the memory figures to quote);
* step `anatomy`: what page anatomy costs on pages without chrome. The gold pages of
  tests/gold/anatomy/ with every marked part removed (the documents as they should come out)
  go through `render_document` in this process with the default rules, without `anatomy`, and
  without `anatomy` and `mojibake`, alternating, caches cleared, best of max(3, --repeat); the
  ratios say how much slower a chrome-free page is for those rules.
* step `startup`: `zhtools clean` of a small page and loading OpenCC's t2s converter alone,
  each a whole process, alternating, best of 7; the target is the first at most 5 x the second.

`--only anatomy,startup` (either or both) needs no crawl. Figures go to standard output as a
table with each target marked PASS or FAIL, and to
`bench-work/results.json`. MB means 10**6 bytes throughout.

The corpus is built by `bench_corpus.py` (its docstring gives the mix).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import datetime
import hashlib
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil
from bench_corpus import MB, ROOT, WORK, build_corpus, opencc_converter  # the sibling module: scripts/ is on sys.path

# --- measurements ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    folder: Path
    info: dict

    @property
    def pages(self) -> Path:
        return self.folder / "pages"

    @property
    def bytes(self) -> int:
        return self.info["bytes"]

    def files(self) -> list[tuple[Path, str, int]]:
        return [(self.pages / f["path"], f["encoding"], f["bytes"]) for f in self.info["pages"]]


def load_corpus(size_mb: float, seed: int) -> Corpus:
    folder = build_corpus(size_mb, seed)
    return Corpus(folder, json.loads((folder / "corpus.json").read_text(encoding="utf-8")))


def pipeline_python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def memory_of(p: psutil.Process) -> int:
    """Proportional set size: pages shared between the parent and its forked workers are
    counted once across the tree, not once per process as RSS would."""
    try:
        return p.memory_full_info().pss
    except (psutil.AccessDenied, AttributeError):
        return p.memory_info().rss


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        try:
            total += memory_of(p)
        except psutil.Error:
            pass  # a worker that ended between listing and reading
    return total


@dataclass
class PipelineRun:
    workers: int
    seconds: float
    peak_rss: int
    exit_code: int
    counts: dict
    hashes: dict[str, str]
    encodings: dict[str, int] | None = None
    sizes: dict[str, int] | None = None  # bytes of each record file


# Codecs that read the same bytes the same way for this corpus: the pipeline names the superset.
SAME_CODEC = {"gbk": "gb18030", "gb2312": "gb18030", "cp950": "big5", "big5hkscs": "big5", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}


def codec_family(name: str) -> str:
    name = codecs.lookup(name).name
    return SAME_CODEC.get(name, name)


def encoding_agreement(corpus: Corpus, documents: Path) -> dict[str, int]:
    """How many documents the pipeline decoded with the codec recorded when building (a check of both)."""
    recorded = {f["path"]: codec_family(f["encoding"]) for f in corpus.info["pages"]}
    agree = differ = 0
    with documents.open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if codec_family(doc["encoding"]) == recorded.get(doc["path"]):
                agree += 1
            else:
                differ += 1
    return {"agree": agree, "differ": differ, "recorded": len(recorded)}


# How often the PSS of the run's process tree is sampled. Reading it walks every page of every process
# (about 3 ms for 250 MB), so sampling every 50 ms takes 15-20 % of a core from a 2-worker run that
# wants both cores: the timed runs sample every second and the memory step, whose figures are the ones
# to quote for memory, every 50 ms.
SAMPLE_TIMED = 1.0
SAMPLE_FINE = 0.05


def run_pipeline(corpus: Corpus, workers: int, check_encodings: bool = False, sample_every: float = SAMPLE_FINE) -> PipelineRun:
    """One whole `zhtools run` process; wall time, peak PSS of its tree (sampled every `sample_every`
    seconds), record counts, output hashes.

    Every run writes into a new, empty folder: nothing from an earlier run can be reused.
    """
    out = Path(tempfile.mkdtemp(prefix=f"run-{workers}w-", dir=WORK))
    try:
        cmd = [pipeline_python(), "-c", "from zhtools.cli import console; console()",
               "run", str(corpus.pages), "--out", str(out / "release"), "--workers", str(workers), "--quiet"]
        with open(out / "stderr.txt", "wb") as err:
            started = time.perf_counter()
            proc = psutil.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
            peak = 0
            while True:
                peak = max(peak, tree_rss(proc))
                try:
                    code = proc.wait(timeout=sample_every)
                    break
                except psutil.TimeoutExpired:
                    continue
            seconds = time.perf_counter() - started
        release = out / "release"
        # Exit code 1 alone only says some inputs went to errors.jsonl; without a manifest the run failed.
        if code not in (0, 1) or not (release / "manifest.json").exists():
            tail = (out / "stderr.txt").read_text(encoding="utf-8", errors="replace")[-2000:]
            raise SystemExit(f"bench: zhtools run --workers {workers} failed (exit code {code}, no release written):\n{tail}")
        manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
        # The record files; hidden files (the run's own index, with its random run id) are not records.
        record_files = [p for p in sorted(release.glob("*.jsonl")) if not p.name.startswith(".")]
        hashes = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in record_files}
        encodings = encoding_agreement(corpus, release / "documents.jsonl") if check_encodings else None
        sizes = {p.name: p.stat().st_size for p in record_files}
        return PipelineRun(workers, seconds, peak, code, manifest.get("counts", {}), hashes, encodings, sizes)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def best_of(repeat: int, measure: Callable[[], float]) -> tuple[float, list[float]]:
    times = [measure() for _ in range(repeat)]
    return min(times), times


def read_decode_apply(files: list[tuple[Path, str, int]], fn: Callable[[str], object]) -> float:
    started = time.perf_counter()
    for path, encoding, _ in files:
        fn(path.read_bytes().decode(encoding))
    return time.perf_counter() - started


def decoded(files: list[tuple[Path, str, int]]) -> list[str]:
    return [path.read_bytes().decode(encoding) for path, encoding, _ in files]


def apply_only(texts: list[str], fn: Callable[[str], object]) -> float:
    """Time `fn` over texts already in memory (the list is built before the clock starts)."""
    started = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - started


def sample(files: list[tuple[Path, str, int]], sample_mb: float, seed: int) -> list[tuple[Path, str, int]]:
    """A fixed sample of whole files, at least `sample_mb` MB (everything when 0 or larger than the corpus)."""
    if not sample_mb or sample_mb * MB >= sum(f[2] for f in files):
        return files
    shuffled = list(files)
    random.Random(f"sample/{seed}").shuffle(shuffled)
    chosen, size = [], 0
    for f in shuffled:
        if size >= sample_mb * MB:
            break
        chosen.append(f)
        size += f[2]
    return chosen


def rate(n_bytes: int, seconds: float) -> float:
    return n_bytes / MB / seconds if seconds else float("nan")


# A pure-Python loop of about a second: what a worker does, with nothing to share or wait for.
SPIN = "s = 0\nfor i in range(25_000_000):\n    s += i"


def spin(n: int) -> float:
    """Wall seconds for `n` processes running SPIN at once, until the last ends."""
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", SPIN], stdin=subprocess.DEVNULL) for _ in range(n)]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - started


def machine_ceiling(workers: int) -> float:
    """How much more `workers` CPU-bound processes at once get done than one alone, measured now:
    `workers` x (one alone) / (all at once). On a machine whose cores are all free this is the
    number of workers; a core shared with other work, or cores that slow each other down, make
    it less, and the pipeline's ratio cannot beat it."""
    alone = spin(1)
    return round(workers * alone / spin(workers), 3)


def measure_pipeline(corpus: Corpus, workers_list: list[int], repeat: int) -> dict:
    """Each repeat runs every worker count in turn (1, 2, 1, 2, ...), so that work the machine does
    for others falls on both alike, and measures the machine's own ceiling just before (see
    `machine_ceiling`)."""
    results = {}
    reference: dict[str, str] | None = None
    differing: set[str] = set()
    encodings = None
    runs: dict[int, list[PipelineRun]] = {workers: [] for workers in workers_list}
    ceilings: list[float] = []
    most = max(workers_list)
    for r in range(repeat):
        if most > 1:
            ceilings.append(machine_ceiling(most))
            print(f"  machine: {most} CPU-bound processes at once do {ceilings[-1]} x the work of one", file=sys.stderr)
        for workers in workers_list:
            print(f"  pipeline, {workers} worker(s), run {r + 1}/{repeat} ...", file=sys.stderr)
            first = r == 0 and workers == workers_list[0]
            runs[workers].append(run_pipeline(corpus, workers, check_encodings=first, sample_every=SAMPLE_TIMED))
    for workers in workers_list:
        done = runs[workers]
        reference = reference or done[0].hashes
        for run in done:
            differing.update(name for name in reference.keys() | run.hashes.keys() if run.hashes.get(name) != reference.get(name))
        best = min(run.seconds for run in done)
        results[str(workers)] = {
            "workers": workers, "seconds": [round(run.seconds, 3) for run in done], "best_seconds": round(best, 3),
            "mb_per_s": round(rate(corpus.bytes, best), 4), "peak_rss_mb": round(max(run.peak_rss for run in done) / MB, 1),
            "pss_sampled_every_s": SAMPLE_TIMED,
            "exit_code": done[0].exit_code, "counts": done[0].counts,
        }
        if done[0].encodings:
            encodings = done[0].encodings
    sizes = runs[workers_list[0]][0].sizes or {}
    return {"runs": results, "outputs_identical": not differing, "outputs_differing": sorted(differing),
            "output_sha256": reference, "encodings": encodings, "output_bytes": sizes,
            "machine_ceiling": {"workers": most, "per_repeat": ceilings, "best": max(ceilings),
                                # each round's own ratio (its 1-worker time / its 2-worker time) over the ceiling measured just before it
                                "round_ratio_over_ceiling": [round(one.seconds / two.seconds / c, 3) for one, two, c in zip(runs[min(workers_list)], runs[most], ceilings)]}
            if ceilings else None,
            "edit_log_per_input_byte": round(sizes.get("edits.jsonl", 0) / corpus.bytes, 3) if corpus.bytes else None}


def measure_baselines(corpus: Corpus, repeat: int, jionlp_sample_mb: float, seed: int) -> dict:
    files = corpus.files()
    t2s = opencc_converter("t2s")
    print("  OpenCC t2s ...", file=sys.stderr)
    best, times = best_of(repeat, lambda: read_decode_apply(files, t2s.convert))
    out = {"opencc_t2s": {"what": "read + decode + OpenCC t2s, whole corpus", "bytes": corpus.bytes,
                          "seconds": [round(t, 3) for t in times], "mb_per_s": round(rate(corpus.bytes, best), 3)}}
    best, times = best_of(repeat, lambda: apply_only(decoded(files), t2s.convert))
    out["opencc_t2s_convert_only"] = {"what": "OpenCC t2s over decoded texts (no reading, no decoding)", "bytes": corpus.bytes,
                                      "seconds": [round(t, 3) for t in times], "mb_per_s": round(rate(corpus.bytes, best), 3)}
    print("  JioNLP clean_text ...", file=sys.stderr)
    with contextlib.redirect_stdout(sys.stderr):  # JioNLP prints a banner on import: keep it out of the report
        import jionlp

    chosen = sample(files, jionlp_sample_mb, seed)
    n_bytes = sum(f[2] for f in chosen)
    best, times = best_of(repeat, lambda: read_decode_apply(chosen, jionlp.clean_text))
    whole = len(chosen) == len(files)
    out["jionlp_clean_text"] = {
        "what": "read + decode + jionlp.clean_text, " + ("whole corpus" if whole else f"fixed sample of {len(chosen)} files, {n_bytes / MB:.1f} MB"),
        "bytes": n_bytes, "whole_corpus": whole, "seconds": [round(t, 3) for t in times], "mb_per_s": round(rate(n_bytes, best), 3),
    }
    return out


def measure_memory(small: Corpus, large: Corpus, repeat: int) -> dict:
    """Peak PSS of 1-worker runs on both corpora, sampled every SAMPLE_FINE seconds (runs of their
    own: the timed runs sample too rarely to catch a short peak)."""

    def peak(corpus: Corpus, name: str) -> float:
        peaks = []
        for r in range(repeat):
            print(f"  pipeline, 1 worker, {name} corpus ({corpus.bytes / MB:.1f} MB), memory run {r + 1}/{repeat} ...", file=sys.stderr)
            peaks.append(run_pipeline(corpus, 1, sample_every=SAMPLE_FINE).peak_rss)
        return max(peaks) / MB

    small_peak, large_peak_mb = peak(small, "small"), peak(large, "full")
    small_mb, large_mb = small.bytes / MB, large.bytes / MB
    slope = (large_peak_mb - small_peak) / (large_mb - small_mb) if large_mb > small_mb else 0.0
    return {
        "workers": 1, "pss_sampled_every_s": SAMPLE_FINE,
        "small": {"corpus_mb": round(small_mb, 1), "peak_rss_mb": round(small_peak, 1)},
        "large": {"corpus_mb": round(large_mb, 1), "peak_rss_mb": round(large_peak_mb, 1)},
        "growth": round(large_peak_mb / small_peak, 3),
        "mb_per_input_mb": round(slope, 4),
        "extrapolated_1gb_mb": round(large_peak_mb + max(slope, 0.0) * (1000 - large_mb), 1),
    }


# --- report ------------------------------------------------------------------------------------

MEMORY_GROWTH_MAX = 1.25  # "does not grow": a 4x larger corpus may cost at most 25 % more (sampling noise, caches)


GOLD_PAGES = ROOT / "tests" / "gold" / "anatomy"
ANATOMY_CONFIGS = {"default": frozenset(), "no_anatomy": frozenset({"anatomy"}), "no_anatomy_no_mojibake": frozenset({"anatomy", "mojibake"})}


def chrome_free_pages() -> list[bytes]:
    """The gold pages without their marked parts (header line and ⟦…⟧…⟦/⟧ runs removed)."""
    import re

    marked = re.compile(r"⟦[^⟧/][^⟧]*⟧.*?⟦/⟧", re.S)
    pages = []
    for path in sorted(GOLD_PAGES.glob("*/*.txt")):
        body = path.read_text(encoding="utf-8").split("\n", 1)[1]
        pages.append(marked.sub("", body).encode("utf-8"))
    return pages


def clear_line_caches() -> None:
    """Empty the per-line caches of page anatomy, so that every timed round reads every line."""
    import importlib

    anatomy = importlib.import_module("zhtools.clean.anatomy")
    for value in vars(anatomy).values():
        if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", "") == anatomy.__name__:
            value.cache_clear()
    importlib.import_module("zhtools.clean.line_model")._own.clear()  # the line model's features of each line
    importlib.import_module("zhtools.split").declared_count.cache_clear()  # asked of a page's lines by page anatomy
    count_parse = importlib.import_module("zhtools.extract.count_parse")  # counts' parses by clause: warm, they would
    for kept in (count_parse._parse_clause, count_parse._list_head_action, count_parse._has_action):  # favour the rounds after the first
        kept.cache_clear()


def measure_anatomy(repeat: int) -> dict:
    from zhtools.clean import CleanOptions
    from zhtools.pipeline import Input, render_document, warm

    warm()
    pages = chrome_free_pages()
    items = [Input(f"p{i}.txt", f"p{i}", f"p{i}.txt") for i in range(len(pages))]
    best = {name: float("inf") for name in ANATOMY_CONFIGS}
    for _ in range(max(3, repeat)):
        for name, skip in ANATOMY_CONFIGS.items():
            options = CleanOptions(skip=skip)
            clear_line_caches()
            start = time.perf_counter()
            for item, data in zip(items, pages):
                render_document(item, data, options)
            best[name] = min(best[name], time.perf_counter() - start)
    return {
        "pages": len(pages), "bytes": sum(map(len, pages)), "best_seconds": {k: round(v, 4) for k, v in best.items()},
        "default/no_anatomy": round(best["default"] / best["no_anatomy"], 3),
        "default/no_anatomy_no_mojibake": round(best["default"] / best["no_anatomy_no_mojibake"], 3),
    }


# A small page for the start-up step: a title and two sentences, as `zhtools clean` gets them.
SMALL_PAGE = "社区开展反诈宣传活动\n为提高群众防范意识，社区联合派出所开展了防范电信网络诈骗宣传活动。\n活动中，民警提醒大家做到不轻信、不透露、不转账。\n"
STARTUP_RUNS = 7


def measure_startup(repeat: int) -> dict:
    """Whole processes, side by side, alternating, best of max(STARTUP_RUNS, --repeat) each:
    `zhtools clean` of a small page, and loading OpenCC's t2s converter alone (what a bare
    conversion script must do before its first character), both with their bytecode written."""
    page = WORK / "startup-page.txt"
    page.write_text(SMALL_PAGE, encoding="utf-8")
    commands = {
        "zhtools_clean": [pipeline_python(), "-c", "from zhtools.cli import console; console()", "clean", str(page)],
        "opencc_load": [pipeline_python(), "-c", "import opencc; opencc.OpenCC('t2s').convert('電')"],
    }
    # As installed: pip writes bytecode when it installs a wheel, so both sides run with their
    # .pyc files (a shell that sets PYTHONDONTWRITEBYTECODE would make every run compile zhtools'
    # sources again, about 0.07 s); one untimed run of each writes them.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for cmd in commands.values():
        subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, env=env)
    best = {name: float("inf") for name in commands}
    for _ in range(max(STARTUP_RUNS, repeat)):
        for name, cmd in commands.items():
            started = time.perf_counter()
            done = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, env=env)
            seconds = time.perf_counter() - started
            if done.returncode:
                raise SystemExit(f"bench: {name} failed (exit code {done.returncode}):\n{done.stderr.decode(errors='replace')[-2000:]}")
            best[name] = min(best[name], seconds)
    return {"best_seconds": {k: round(v, 4) for k, v in best.items()}, "ratio": round(best["zhtools_clean"] / best["opencc_load"], 2)}


def print_startup(a: dict) -> None:
    b = a["best_seconds"]
    print(f"start-up, whole processes: zhtools clean of a small page {b['zhtools_clean']} s, loading OpenCC t2s alone {b['opencc_load']} s: {a['ratio']} x")


def targets(results: dict) -> list[dict]:
    runs = results.get("pipeline", {}).get("runs", {})
    base = results.get("baselines", {})
    mem = results.get("memory")
    found = []

    def target(name: str, value: float | None, op: str, threshold: float) -> None:
        ok = None if value is None else (value >= threshold if op == ">=" else value < threshold if op == "<" else value <= threshold)
        found.append({"target": name, "value": value, "op": op, "threshold": threshold, "pass": ok})

    one, two = runs.get("1", {}).get("mb_per_s"), runs.get("2", {}).get("mb_per_s")
    opencc_rate = base.get("opencc_t2s", {}).get("mb_per_s")
    target("pipeline 1 worker / bare OpenCC t2s", round(one / opencc_rate, 4) if one and opencc_rate else None, ">=", 0.10)
    target("pipeline 2 workers / 1 worker", round(two / one, 3) if one and two else None, ">=", 1.8)  # issue 14
    target("peak memory (1 worker), 4x corpus / 1x corpus", mem["growth"] if mem else None, "<=", MEMORY_GROWTH_MAX)
    target("peak memory (1 worker), 4x corpus (MB)", mem["large"]["peak_rss_mb"] if mem else None, "<", 500)
    target("peak memory extrapolated to 1 GB (MB)", mem["extrapolated_1gb_mb"] if mem else None, "<", 500)
    target("edit log bytes / input bytes", results.get("pipeline", {}).get("edit_log_per_input_byte"), "<=", 2.0)
    target("zhtools clean of a small page / loading OpenCC", results.get("startup", {}).get("ratio"), "<=", 5.0)
    # issue 13: "a page with no chrome must be no slower" (render_document with page anatomy / without)
    target("pages without chrome: with page anatomy / without", results.get("anatomy", {}).get("default/no_anatomy"), "<=", 1.0)
    if "pipeline" in results:
        found.append({"target": "record files of every run byte-identical (1 and 2 workers)", "value": results["pipeline"]["outputs_identical"],
                      "op": "==", "threshold": True, "pass": results["pipeline"]["outputs_identical"]})
    return found


def ratios(results: dict) -> dict:
    runs = results.get("pipeline", {}).get("runs", {})
    base = results.get("baselines", {})
    one, two = runs.get("1", {}).get("mb_per_s"), runs.get("2", {}).get("mb_per_s")
    occ, jio = base.get("opencc_t2s", {}).get("mb_per_s"), base.get("jionlp_clean_text", {}).get("mb_per_s")
    pairs = {"pipeline_1w/opencc_t2s": (one, occ), "pipeline_2w/pipeline_1w": (two, one), "pipeline_1w/jionlp_clean_text": (one, jio)}
    found = {name: round(a / b, 4) for name, (a, b) in pairs.items() if a and b}
    ceiling = results.get("pipeline", {}).get("machine_ceiling")
    if ceiling and "pipeline_2w/pipeline_1w" in found and ceiling["workers"] == 2:
        found["pipeline_2w/pipeline_1w/machine_ceiling"] = round(found["pipeline_2w/pipeline_1w"] / ceiling["best"], 4)
    return found


def print_mix(mix: dict) -> None:
    print("corpus mix (share of files / of bytes):")
    for name, values in mix.items():
        if name in ("format", "encoding", "seed", "traditional", "pinyin"):
            cells = ", ".join(f"{v} {s['files']:.0%}/{s['bytes']:.0%}" for v, s in values.items())
        else:
            s = {"files": 1 - values.get("no", {}).get("files", 0), "bytes": 1 - values.get("no", {}).get("bytes", 0)}
            cells = f"{s['files']:.0%}/{s['bytes']:.0%}" + (f"  ({', '.join(v for v in values if v != 'no')})" if len(values) > 2 else "")
        print(f"  {name:<12} {cells}")


def print_anatomy(a: dict) -> None:
    print(f"pages without chrome ({a['pages']} gold pages, marked parts removed, {a['bytes'] / MB:.2f} MB), render_document best seconds: "
          + ", ".join(f"{k} {v}" for k, v in a["best_seconds"].items()))
    print(f"  default / without anatomy = {a['default/no_anatomy']}, default / without anatomy and mojibake = {a['default/no_anatomy_no_mojibake']}")


def print_report(results: dict) -> None:
    c = results["corpus"]
    print()
    print(f"zhtools benchmark  {results['date']}  python {results['python']}  {results['cpu_count']} CPUs  {results['platform']}")
    print(f"corpus: {c['path']}  {c['bytes'] / MB:.1f} MB in {c['files']} files (seed {c['seed']})")
    print_mix(c["mix"])
    print()
    print(f"{'measure':<46} {'MB/s':>9} {'seconds':>9} {'peak PSS MB':>12}   (PSS of the timed runs sampled every {SAMPLE_TIMED:g} s)")
    for key, run in results.get("pipeline", {}).get("runs", {}).items():
        print(f"{'pipeline, whole process, ' + key + ' worker(s)':<46} {run['mb_per_s']:>9.3f} {run['best_seconds']:>9.2f} {run['peak_rss_mb']:>12.1f}"
              f"   exit {run['exit_code']}, {run['counts'].get('documents', '?')} documents, {run['counts'].get('errors', '?')} errors")
    for key, label in (("opencc_t2s", "bare OpenCC t2s (read+decode+convert)"), ("opencc_t2s_convert_only", "OpenCC t2s, convert only"),
                       ("jionlp_clean_text", "JioNLP clean_text (read+decode+clean)")):
        if key in results.get("baselines", {}):
            b = results["baselines"][key]
            print(f"{label:<46} {b['mb_per_s']:>9.3f} {min(b['seconds']):>9.2f} {'':>12}   {b['what']}")
    if "pipeline" in results:
        p = results["pipeline"]
        print(f"outputs of every run (sha256 of every *.jsonl) identical: {p['outputs_identical']}"
              + (f" (differing: {', '.join(p['outputs_differing'])})" if p["outputs_differing"] else ""))
        e = results["pipeline"]["encodings"]
        print(f"pipeline decoded {e['agree']} of {e['recorded']} files with the recorded encoding, {e['differ']} with another")
        print("record files (MB): " + ", ".join(f"{name} {n / MB:.1f}" for name, n in p["output_bytes"].items())
              + f"; edit log = {p['edit_log_per_input_byte']} x the input")
    if (ceiling := results.get("pipeline", {}).get("machine_ceiling")):
        print(f"machine: {ceiling['workers']} CPU-bound Python processes at once did {ceiling['best']} x the work of one (best of "
              f"{', '.join(map(str, ceiling['per_repeat']))}, each measured just before a round of pipeline runs): "
              f"no pipeline ratio can beat it; each round's {ceiling['workers']}-worker ratio over its ceiling: "
              f"{', '.join(map(str, ceiling['round_ratio_over_ceiling']))}")
    if results.get("ratios"):
        print()
        print("ratios: " + "   ".join(f"{k} = {v:.4g}" for k, v in results["ratios"].items()))
    if "memory" in results:
        m = results["memory"]
        print(f"peak memory, 1 worker, PSS sampled every {m['pss_sampled_every_s'] * 1000:g} ms: {m['small']['peak_rss_mb']:.1f} MB for {m['small']['corpus_mb']} MB, "
              f"{m['large']['peak_rss_mb']:.1f} MB for {m['large']['corpus_mb']} MB: growth x{m['growth']:.3f}, "
              f"{m['mb_per_input_mb']:+.4f} MB per input MB, extrapolated (linearly) to 1 GB of input: {m['extrapolated_1gb_mb']:.0f} MB")
        if m["large"]["corpus_mb"] < 50:
            print("  (corpora this small measure start-up and warming caches more than growth: judge memory on --size-mb 200)")
    if "anatomy" in results:
        print_anatomy(results["anatomy"])
    if "startup" in results:
        print_startup(results["startup"])
    print_targets(results["targets"])


def print_targets(found: list[dict], measured_only: bool = False) -> None:
    """PASS / FAIL per target; with `measured_only`, the targets this run measured."""
    print()
    print("targets:")
    for t in found:
        if measured_only and t["value"] is None:
            continue
        verdict = "n/a " if t["pass"] is None else "PASS" if t["pass"] else "FAIL"
        value = "not measured" if t["value"] is None else t["value"]
        print(f"  {verdict}  {t['target']}: {value} (target {t['op']} {t['threshold']})")


# --- main --------------------------------------------------------------------------------------

STEPS = ("corpus", "pipeline", "baselines", "memory", "anatomy", "startup")


def git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=200, help="corpus size in MB (10**6 bytes); default 200")
    parser.add_argument("--small-mb", type=float, help="small corpus for the memory comparison; default size/4")
    parser.add_argument("--repeat", type=int, default=1, help="repeat each measurement, report the best time; default 1")
    parser.add_argument("--workers-list", default="1,2", help="worker counts for the pipeline runs; default 1,2")
    parser.add_argument("--only", default=",".join(STEPS), help=f"comma-separated steps among {', '.join(STEPS)}; default all")
    parser.add_argument("--jionlp-sample-mb", type=float, default=0, help="run JioNLP on a fixed sample of this size (0: whole corpus)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed; default 0")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    args = parser.parse_args(argv)
    args.only = {s.strip() for s in args.only.split(",") if s.strip()}
    if args.only - set(STEPS):
        parser.error(f"--only: unknown step(s) {sorted(args.only - set(STEPS))}")
    args.workers_list = sorted({int(w) for w in args.workers_list.split(",")})
    if args.repeat < 1 or min(args.workers_list) < 1:
        parser.error("--repeat and --workers-list need positive numbers")
    args.small_mb = args.small_mb or args.size_mb / 4
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    WORK.mkdir(exist_ok=True)
    from zhtools import __version__

    if args.only <= {"anatomy", "startup"}:  # gold pages and a small page: no crawl needed
        results = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"), "python": platform.python_version(),
                   "platform": platform.platform(), "cpu_count": os.cpu_count(), "zhtools_version": __version__, "git_commit": git_commit()}
        if "anatomy" in args.only:
            results["anatomy"] = measure_anatomy(args.repeat)
            print_anatomy(results["anatomy"])
        if "startup" in args.only:
            results["startup"] = measure_startup(args.repeat)
            print_startup(results["startup"])
        results["targets"] = targets(results)
        (WORK / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print_targets(results["targets"], measured_only=True)
        return 0
    print(f"building or reusing corpus-{args.size_mb:g} ...", file=sys.stderr)
    corpus = load_corpus(args.size_mb, args.seed)

    results: dict = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": platform.python_version(), "platform": platform.platform(), "cpu_count": os.cpu_count(),
        "zhtools_version": __version__, "git_commit": git_commit(), "options": {k: sorted(v) if isinstance(v, set) else v for k, v in vars(args).items()},
        "corpus": {"path": str(corpus.folder.relative_to(ROOT)), "size_mb": args.size_mb, "bytes": corpus.bytes, "files": corpus.info["files"],
                   "seed": args.seed, "build_seconds": corpus.info["build_seconds"], "mix": corpus.info["mix"]},
    }
    small = None
    if "memory" in args.only:
        print(f"building or reusing corpus-{args.small_mb:g} ...", file=sys.stderr)
        small = load_corpus(args.small_mb, args.seed)
        results["corpus"]["small"] = {"path": str(small.folder.relative_to(ROOT)), "bytes": small.bytes, "files": small.info["files"]}
    if "pipeline" in args.only:
        results["pipeline"] = measure_pipeline(corpus, args.workers_list, args.repeat)
    if "baselines" in args.only:
        results["baselines"] = measure_baselines(corpus, args.repeat, args.jionlp_sample_mb, args.seed)
    if "anatomy" in args.only:
        results["anatomy"] = measure_anatomy(args.repeat)
    if "startup" in args.only:
        results["startup"] = measure_startup(args.repeat)
    if small is not None:
        results["memory"] = measure_memory(small, corpus, args.repeat)
    results["ratios"] = ratios(results)
    results["targets"] = targets(results)
    (WORK / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_report(results)
    print(f"\nall figures: {(WORK / 'results.json').relative_to(ROOT)}")
    return 1 if args.strict and any(t["pass"] is False for t in results["targets"]) else 0


if __name__ == "__main__":
    sys.exit(main())

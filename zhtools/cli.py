"""The command line: parses arguments, calls the library, turns its errors into one line and
an exit code (0: every input processed, 1: some went to errors.jsonl, 2: bad usage).
No logic of its own."""

from __future__ import annotations

import dataclasses
import functools
import json
import sys
from pathlib import Path

import click

from zhtools import __version__
from zhtools.clean import RULE_NAMES, CleanOptions
from zhtools.convert import SCRIPT_ONLY_CONFIGS
from zhtools.dedup import DedupOptions
from zhtools.errors import ZhtoolsError
from zhtools.limits import Limits
from zhtools.pipeline import BACKENDS, FORMATS, Input, Processed, RunOptions, UsageError, process_document
from zhtools.records import to_json


def clean_options(convert: str, no_convert: bool, skip: tuple[str, ...], rules_only: bool = False) -> CleanOptions:
    return dataclasses.replace(CleanOptions(), convert=None if no_convert else convert, skip=frozenset(skip), line_model=not rules_only)


CONVERT = click.option(
    "--convert",
    type=click.Choice(SCRIPT_ONLY_CONFIGS),
    default="t2s",
    show_default=True,
    help="OpenCC configuration used where the text is traditional or mixed.",
)
NO_CONVERT = click.option("--no-convert", is_flag=True, help="Keep the script of the source.")
SKIP = click.option("--skip", multiple=True, type=click.Choice(RULE_NAMES), help="A cleaning rule not to run (repeatable).")
RULES_ONLY = click.option("--rules-only", is_flag=True, help="Page anatomy by its rules alone, without the learned line model's second opinion.")


def cleaning_options(fn):
    """--convert, --no-convert, --skip and --rules-only, handed to the command as one `options: CleanOptions`."""

    @CONVERT
    @NO_CONVERT
    @SKIP
    @RULES_ONLY
    @functools.wraps(fn)
    def wrapper(*args, convert: str, no_convert: bool, skip: tuple[str, ...], rules_only: bool, **kwargs):
        return fn(*args, options=clean_options(convert, no_convert, skip, rules_only), **kwargs)

    return wrapper


def dedup_threshold_option(name: str):
    """The similarity threshold of near-duplicate marking, as `run` and `dedup` take it."""
    return click.option(
        name,
        type=click.FloatRange(0, 1, min_open=True),
        default=DedupOptions().threshold,
        show_default=True,
        help="Share of the shorter article's 5-character shingles found in an earlier article at which it is marked as its near-duplicate.",
    )


def limit_options(fn):
    """--max-mb and --timeout, handed to the command as one `limits: Limits`."""

    @click.option(
        "--max-mb",
        type=click.FloatRange(0, min_open=True),
        default=Limits().max_mb,
        show_default=True,
        help="Largest input to read, in MB; a larger one becomes an error record, unread.",
    )
    @click.option(
        "--timeout",
        type=click.FloatRange(0),
        default=Limits().seconds,
        show_default=True,
        help="Seconds one document may take (0: no limit); a slower one is stopped and becomes an error record.",
    )
    @functools.wraps(fn)
    def wrapper(*args, max_mb: float, timeout: float, **kwargs):
        return fn(*args, limits=Limits(max_mb=max_mb, seconds=timeout or None), **kwargs)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="zhtools")
@click.option("--debug", is_flag=True, help="Show the traceback of an unexpected error.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Clean scraped Chinese anti-fraud campaign pages into traceable JSONL records."""
    ctx.obj = {"debug": debug}


def single_input(file: str) -> Input:
    if file == "-":
        return Input("-", "stdin", "-")
    path = Path(file)
    if not path.is_file():
        raise click.BadParameter(f"not a file: {file}", param_hint="FILE")
    return Input(file, path.stem, path.name)


def process_one(file: str, options: CleanOptions, limits: Limits, text_only: bool = False) -> Processed:
    """Process one FILE for a single-file command; an unreadable file ends it with exit code 1."""
    result = process_document(single_input(file), None, options, limits, text_only=text_only)
    if result.error:
        click.echo(f"zhtools: {result.error.path}: {result.error.stage}: {result.error.reason}", err=True)
        sys.exit(1)
    return result


@main.command()
@click.argument("file")
@click.option("--explain", is_flag=True, help="After the text, print a line '---' and every edit as JSONL.")
@cleaning_options
@limit_options
def clean(file: str, explain: bool, options: CleanOptions, limits: Limits) -> None:
    """Print the cleaned, simplified text of FILE ('-' reads standard input).

    With --explain, the text is followed by a line '---' and one JSON edit per line.
    """
    result = process_one(file, options, limits, text_only=True)  # the text and its edits: no articles, no record
    click.echo(result.text)
    if explain:
        click.echo("---")
        for e in result.edits:  # one line an edit, the keys `records.edit_rows` gives
            click.echo(to_json({"rule": e.rule, "start": e.start, "end": e.end, "old": e.old, "new": e.new}))


@main.command()
@click.argument("file")
@cleaning_options
@limit_options
def split(file: str, options: CleanOptions, limits: Limits) -> None:
    """Print the articles (篇) of FILE as JSONL ('-' reads standard input).

    When the page declares a number of articles ('（精选3篇）') and another number is found, a
    warning says so on standard error.
    """
    result = process_one(file, options, limits)
    for article in result.articles:
        click.echo(to_json(article))
    if result.document is not None and result.document.split_warning:
        click.echo(f"zhtools split: {file}: {result.document.split_warning}", err=True)


@main.command()
@click.argument("files", nargs=-1)
@dedup_threshold_option("--threshold")
def dedup(files: tuple[str, ...], threshold: float) -> None:
    """Mark near-duplicate articles in article JSONL (from `zhtools split` or a run's articles.jsonl).

    FILES are read in the order given ('-' or none: standard input); the first article of a group
    of near-duplicates is the canonical one. Each article is printed with `duplicate_of` and
    `similarity` set. `zhtools run` does this itself over the whole corpus.
    """
    from zhtools.dedup import Deduplicator

    deduplicator = Deduplicator(DedupOptions(threshold=threshold))
    for name in files or ("-",):
        stream = click.open_file(name, encoding="utf-8")
        for n, line in enumerate(stream, 1):
            try:
                record = json.loads(line)
                article_id, text = record["id"], record["text"]
            except (ValueError, KeyError, TypeError) as e:
                raise UsageError(f"{name}:{n}: not an article record ({type(e).__name__})") from None
            record["duplicate_of"], record["similarity"] = deduplicator.add(article_id, text, preview=bool(record.get("preview")))
            click.echo(to_json(record))


@main.command()
@click.argument("file")
@cleaning_options
@limit_options
def extract(file: str, options: CleanOptions, limits: Limits) -> None:
    """Print the measures, counts and slogans of FILE as JSONL ('-' reads standard input)."""
    result = process_one(file, options, limits)
    for record in [*result.measures, *result.counts, *result.slogans]:
        click.echo(to_json(record))


@main.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), help="The HTML file.  [default: FOLDER/report.html]")
@click.option("--max-articles", type=click.IntRange(min=0), default=300, show_default=True, help="Articles shown with their highlights (0: all).")
@click.option("--max-documents", type=click.IntRange(min=0), default=100, show_default=True, help="Documents whose removed text is shown (0: all).")
def report(folder: Path, out: Path | None, max_articles: int, max_documents: int) -> None:
    """Write one self-contained HTML page on the release in FOLDER (a run's --out): overview,
    charts, each article with its measures, counts and slogans highlighted, and what cleaning
    removed. It needs no network and runs no script; all corpus text is escaped."""
    from zhtools.report import ReportError, write

    try:
        path = write(folder, out, max_articles=max_articles, max_documents=max_documents)
    except ReportError as e:
        raise UsageError(str(e)) from None
    click.echo(str(path))


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--write-pages", "pages_dir", type=click.Path(file_okay=False, path_type=Path), help="Marked page or HTML gold: write its pages here, to run on.")
@click.option("--failures", is_flag=True, help="Marked page gold: list every failed check.")
def eval_command(gold: Path, out: Path | None, pages_dir: Path | None, failures: bool) -> None:
    """Score the records in OUT (a run's output folder) against the gold in GOLD.

    Extraction gold (JSONL): precision, recall and F1 per record kind, and accuracy per field on
    matched records. HTML gold (tests/gold/html/: NAME.html with the main text cleaned by hand in
    NAME.txt): character-bigram F1 of each document's text. Marked page gold (tests/gold/anatomy/):
    string checks, removed lines, articles, titles, metadata and quality of a run over its pages,
    which --write-pages writes (for HTML gold too):

        zhtools eval tests/gold/anatomy --write-pages pages && zhtools run pages --out out && zhtools eval tests/gold/anatomy out
    """
    from zhtools import evaluate_html, evaluate_pages

    if evaluate_html.is_html_gold(gold):
        html_pages = evaluate_html.load_pages(gold)
        if pages_dir is not None:
            evaluate_html.write_pages(html_pages, pages_dir)
            click.echo(f"{len(html_pages)} pages written to {pages_dir}")
        if out is not None:
            try:
                click.echo(evaluate_html.report(evaluate_html.evaluate_run(html_pages, out)))
            except (OSError, ValueError) as e:
                raise UsageError(str(e)) from None
        return
    if evaluate_pages.is_page_gold(gold):
        pages = evaluate_pages.load_pages(gold)
        if pages_dir is not None:
            evaluate_pages.write_pages(pages, pages_dir)
            click.echo(f"{len(pages)} pages written to {pages_dir}")
        if out is not None:
            click.echo(evaluate_pages.report(evaluate_pages.evaluate_run(pages, out), failures=failures))
        return
    if out is None or not out.is_dir():
        raise UsageError("OUT must be the output folder of a run")
    from zhtools.evaluate import evaluate_folders, report

    click.echo(report(evaluate_folders(gold, out)))


@main.command("run")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes.  [default: every core]")
@click.option("--backend", type=click.Choice(BACKENDS), default="local", show_default=True, help="Where documents are processed.")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --backend dask: a running Dask scheduler (tcp://host:8786); without it, a local cluster of --workers "
    "processes. Its workers need zhtools installed and read the inputs by absolute path, so PATHS must be visible to "
    "them at the same place ('-' is read here and sent).",
)
@click.option("--resume", is_flag=True, help="Copy the records of inputs an earlier run in --out already processed (same bytes, tool, options).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="Files of the release. parquet: the same records and fields, one .parquet file per record kind, converted from the "
    "run's JSONL at the end; no JSONL is kept, so a later --resume reuses nothing from a completed Parquet run (an "
    "interrupted one resumes as usual). Files of the other format in --out are removed.",
)
@cleaning_options
@dedup_threshold_option("--dedup-threshold")
@click.option("--no-dedup", is_flag=True, help="Do not look for near-duplicate articles (duplicate_of stays null).")
@limit_options
@click.option("--quiet", is_flag=True, help="No progress bar, no summary line.")
def run_command(
    paths: tuple[str, ...], out: Path, workers: int | None, backend: str, scheduler: str | None, resume: bool, options: CleanOptions,
    dedup_threshold: float, no_dedup: bool, limits: Limits, quiet: bool, output_format: str,
) -> None:
    """Process PATHS (files, folders searched recursively, or '-') into JSONL records in --out.

    Records are written as documents finish, in document id order: the same inputs give the same
    bytes whatever --workers and --backend. Outputs appear under their names only when complete;
    an interrupted run leaves a hidden partial folder that --resume continues from. A progress
    bar shows on a terminal, never when stderr is piped.
    """
    progress = not quiet and sys.stderr.isatty()
    dedup = DedupOptions(enabled=not no_dedup, threshold=dedup_threshold)
    run_options = RunOptions(
        clean=options, dedup=dedup, limits=limits, workers=workers, backend=backend, scheduler=scheduler, resume=resume, progress=progress, format=output_format
    )
    from zhtools.runner import run  # here: the runner (processes, progress bar) is this command's alone

    summary = run(paths, out, run_options)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(1 if summary.errors else 0)


def entry(argv: list[str] | None = None) -> int:
    """Run the CLI on `argv`; library errors become one line on stderr and exit code 2."""
    try:
        main.main(args=argv, prog_name="zhtools", standalone_mode=False)
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except click.Abort:
        click.echo("zhtools: aborted", err=True)
        return 1
    except SystemExit as e:
        return int(e.code or 0)
    except ZhtoolsError as e:
        click.echo(f"zhtools: {e}", err=True)
        return 2
    except Exception as e:
        if "--debug" in (argv if argv is not None else sys.argv):
            raise
        click.echo(f"zhtools: internal error: {type(e).__name__}: {e} (run with --debug for the traceback)", err=True)
        return 1
    return 0


def console() -> None:
    sys.exit(entry())

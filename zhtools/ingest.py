"""Ingest: raw file bytes -> decoded text, recording what was done.

Entry points (other modules call these):

* :func:`decode` -- ``bytes -> (text, encoding)`` for any file.
* :func:`read_source` -- bytes plus file name -> :class:`Source` (plain text or
  the main text of an HTML page, extracted with trafilatura).
* :func:`read_path` -- the same, reading the bytes from disk.

Every failure is an :class:`~zhtools.errors.IngestError` whose ``reason`` is one
line: ``empty file``, ``no text: file holds only whitespace``,
``binary file: <what>``, ``undecodable: <why>``, ``no main text found in HTML``
or ``cannot read <path>: <OS reason>``.

Decoding (encoding detection) lives in :mod:`zhtools.encodings`.

HTML (``.html``/``.htm``/``.xhtml``, or any file whose decoded text starts with
``<!DOCTYPE html`` or ``<html``) is decoded the same way, then parsed with lxml
from the decoded text (so the page's own charset declaration cannot re-decode
it) and handed to ``trafilatura.bare_extraction`` (comments excluded, recall
favoured). ``text`` is trafilatura's main text, paragraphs separated by
``'\\n'``. If trafilatura finds nothing, the fallback is the text of ``<body>``
with script/style/noscript/template removed, one line per block element; and if
lxml cannot build the tree (libxml2 stops at 255 levels of nesting: a page nested
10,000 deep comes out empty), the same text read by the standard library's event
parser, which keeps no tree and so has no depth to exceed.
Scripts and styles never reach ``text``; entities are decoded by the parser.
``title`` and ``metadata`` (``date`` as ``YYYY-MM-DD``, ``sitename``,
``categories``, ``url``, only keys with values) come from trafilatura's
metadata extraction. For HTML, ``encoding`` is the codec the page bytes were
decoded with; the round trip refers to the page, not to the extracted text.
"""

from __future__ import annotations

import copy
import pathlib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from zhtools.encodings import decode, decode_with_declared
from zhtools.errors import IngestError

if TYPE_CHECKING:  # lxml is loaded by the first HTML page (_parse_html), never by a text page
    import lxml.html

__all__ = ["Source", "decode", "read_path", "read_source"]


@dataclass(frozen=True)
class Source:
    """A decoded input file."""

    text: str
    """Decoded text; for HTML the main text extracted by trafilatura."""
    encoding: str
    """Python codec name used to decode the bytes ('utf-8', 'gb18030', ...)."""
    format: str
    """'text' or 'html'."""
    title: str | None = None
    """HTML title (trafilatura metadata); None for plain text."""
    metadata: dict = field(default_factory=dict)
    """HTML: 'date', 'sitename', 'categories', 'url' when found; {} for text."""


# --------------------------------------------------------------------------
# HTML

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_DECLARATION_RES = (
    re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I),
    re.compile(rb"""<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I),
)
_DROPPED_TAGS = ("script", "style", "noscript", "template", "head")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure"
    " footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table"
    " td th tr ul".split()
)


def _declared_charset(data: bytes) -> str | None:
    head = data[:8192]
    for pattern in _DECLARATION_RES:
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii")
    return None


def _looks_like_html(text: str) -> bool:
    start = text.lstrip("\ufeff \t\r\n")[:14].lower()
    return start.startswith(("<!doctype html", "<html"))


def _parse_html(text: str) -> lxml.html.HtmlElement | None:
    import lxml.etree  # here: a text page never loads lxml
    import lxml.html

    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True,
        collect_ids=False, default_doctype=False, huge_tree=True,
    )
    try:
        return lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


def _fallback_text(tree: lxml.html.HtmlElement) -> str:
    """Body text without script/style, one line per block element."""
    tree = copy.deepcopy(tree)
    for element in list(tree.iter(*_DROPPED_TAGS)):
        element.drop_tree()
    for element in list(tree.iter()):
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            try:
                element.text = "\n" + (element.text or "")
                element.tail = "\n" + (element.tail or "")
            except ValueError:  # lxml parses control characters but refuses to set them: the caller streams the page
                return ""
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return "\n".join(line for line in lines if line)


class _TextCollector:
    """The text of a page, without a tree: what `_fallback_text` gives, for any depth. Made an
    html.parser.HTMLParser by `_text_collector`, so that a text page never imports html.parser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropped = 0  # depth inside script, style and the like

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _DROPPED_TAGS:
            self.dropped += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED_TAGS:
            self.dropped = max(0, self.dropped - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self.parts.append(data)


@cache
def _text_collector() -> type:
    import html.parser

    return type("TextCollector", (_TextCollector, html.parser.HTMLParser), {})


def _streamed_text(page: str) -> str:
    """Body text by the standard library's event parser (no tree, so no depth limit).

    >>> _streamed_text("<html><body>" + "<div>" * 3000 + "<p>防范&amp;宣传</p><script>x()</script>" + "</div>" * 3000)
    '防范&宣传'
    """
    collector = _text_collector()()
    collector.feed(page)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _fallback_title(tree: lxml.html.HtmlElement) -> str | None:
    for value in (
        tree.xpath("string(//meta[@property='og:title']/@content)"),
        tree.xpath("string(//title)"),
    ):
        value = " ".join(str(value).split())
        if value:
            return value
    return None


# The languages a page's dates are read in. htmldate hands a string that its own patterns could not
# read to dateparser, which by default tries all of its 205 locales: loading them costs about 2 s
# a process, for a string that on our pages is a breadcrumb or a title ("当前位置:文档之家› 2023年…").
DATE_LANGUAGES = ["zh", "en"]
# htmldate's settings for dateparser (`htmldate.extractors.get_external_parser`, htmldate 1.11)
DATEPARSER_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


@cache
def _date_parser():
    """htmldate's dateparser, over DATE_LANGUAGES only."""
    from dateparser import DateDataParser

    return DateDataParser(languages=DATE_LANGUAGES, settings=DATEPARSER_SETTINGS)


@cache
def _dates_in_our_languages() -> None:
    """htmldate asks `get_external_parser()` for its parser at each call: ours answers."""
    from htmldate import extractors

    extractors.get_external_parser = _date_parser


def _html_source(page: str, encoding: str) -> Source:
    import trafilatura  # imported here: it weighs ~25 MB in every worker, and only HTML needs it

    _dates_in_our_languages()
    tree = _parse_html(page)
    if tree is None:
        text = _streamed_text(page)
        if not text:
            raise IngestError("no main text found in HTML")
        return Source(text=text, encoding=encoding, format="html", title=None, metadata={})
    _unhide(tree)
    _drop_asides(tree)
    _leaf_sections_as_paragraphs(tree)
    try:
        document = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            favor_recall=True,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except Exception:  # noqa: BLE001 - a third-party extractor bug must not leak
        document = None
    if isinstance(document, dict):  # older trafilatura: as_dict
        get = document.get
    else:
        def get(key, _doc=document):
            return getattr(_doc, key, None)

    text = (get("text") or "").strip()
    if not text:
        text = _fallback_text(tree) or _streamed_text(page)
    if not text:
        raise IngestError("no main text found in HTML")
    title = get("title") or _fallback_title(tree)
    text = with_headline(text, title)
    metadata = {}
    for key in ("date", "sitename", "categories", "url"):
        value = get(key)
        if value:
            metadata[key] = list(value) if key == "categories" else value
    return Source(text=text, encoding=encoding, format="html", title=title,
                  metadata=metadata)


BLOCK_TAGS = frozenset({"p", "div", "section", "article", "ul", "ol", "li", "table", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})


def _leaf_sections_as_paragraphs(tree) -> None:
    """A `<section>` that holds only inline content (text in `<span>`, `<strong>`) as the paragraph it shows: WeChat's editors
    nest a post's headings so ("<section><span><strong>骗局一：免费送游戏皮肤</strong></span></section>"), and trafilatura
    keeps text in paragraphs only."""
    for element in tree.iter("section"):
        if any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in element.iterdescendants()):
            continue
        if "".join(element.itertext()).strip():
            element.tag = "p"


# What hides an element inline: its document's continuation behind "展开全文", a pager's second page, a tab's panel
HIDDEN_STYLE = re.compile(r"display\s*:\s*none\s*;?|visibility\s*:\s*hidden\s*;?", re.IGNORECASE)


def _unhide(tree) -> None:
    """Show what the page hides inline (`style="display:none"`, `visibility:hidden`, the `hidden`
    attribute): trafilatura drops hidden elements, and sites hide the rest of a document behind a
    fold, a pager or tabs until a reader clicks (the chrome they hide, a QR box or a dialog, page
    anatomy reads like any other)."""
    for element in tree.iter():
        attrib = getattr(element, "attrib", None)
        if not attrib:
            continue
        style = attrib.get("style")
        if style and HIDDEN_STYLE.search(style):
            attrib["style"] = HIDDEN_STYLE.sub("", style)
        if "hidden" in attrib:
            del attrib["hidden"]


# What a page names the blocks beside its text: a sidebar, comments, related or recommended items, rankings, what is
# hot (a class or id token; "news-hot", "comment_list", "side"), and <aside>
ASIDE_NAME = re.compile(r"(?:^|[\s_-])(?:sidebar|side|aside|comments?|related|recommend|hot|rank|ranking|more)(?:$|[\s_-])", re.IGNORECASE)
ASIDE_SHARE_MAX = 0.8  # …never a block holding this share of the page's text or more: the text is in it (a long sidebar beside a short notice holds half)
# …or what a block says it is, in its first words, whatever its class: other stories to read ("延伸阅读", "相关新闻", "推荐阅读",
# "往期回顾", "猜你喜欢") or the next or last one ("下一篇", "上一則"), with a link to them. A site names its blocks in any
# words ("extend-read", "xgyd", "box3"); it titles them for readers in a few.
ASIDE_HEADING = re.compile(
    r"(?:延伸|相关|相關|推荐|推薦|拓展|扩展|擴展|更多|热门|熱門|精彩|往期)(?:阅读|閱讀|新闻|新聞|文章|报道|報導|推荐|推薦|回顾|回顧|链接|鏈接)"
    r"|[上下]一(?:篇|条|條|则|則)|猜你喜欢|猜你喜歡"
)
ASIDE_HEADING_MAX = 8  # characters of the block's first words: a heading, not a sentence that names related news


def _drop_asides(tree) -> None:
    """Drop the blocks a page names as beside its text (ASIDE_NAME) before extracting: their summaries,
    comments and teasers are prose, and trafilatura keeps them beside a short story. A block holding most of
    the page's text stays (a site naming its content column "main side")."""
    body = tree.find(".//body")
    if body is None:
        return
    total = len("".join(body.itertext()))
    doomed = []
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        names = " ".join(filter(None, (element.get("class"), element.get("id"))))
        if element.tag == "aside" or (names and ASIDE_NAME.search(names)) or _headed_aside(element):
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is None or any(a in doomed for a in element.iterancestors()):
            continue  # gone with a block around it
        if len("".join(element.itertext())) >= ASIDE_SHARE_MAX * total:
            continue
        tail, previous = element.tail, element.getprevious()
        parent.remove(element)
        if tail and tail.strip():  # the text after the block is its parent's
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def _headed_aside(element) -> bool:
    """Whether a block opens on a heading naming other stories (ASIDE_HEADING: "延伸阅读", "下一則") and links to one:
    a block of its own (div, section, article, ul…), not a paragraph or the heading itself."""
    if element.tag not in ("div", "section", "article", "ul", "ol", "dl", "table", "nav", "footer"):
        return False
    first = next((t.strip() for t in element.itertext() if t.strip()), "")
    if not first or len(first) > ASIDE_HEADING_MAX or not ASIDE_HEADING.match(first.strip("【】[]〖〗「」<>《》:：|｜ ")):
        return False
    return any(a.get("href") for a in element.iter("a"))


# The page's title names the site too ("X_岚溪县人民政府", "霁州法治网--X"): the headline is the
# longest of its parts between these separators.
TITLE_SEPARATORS = re.compile(r"\s*(?:_|--|——|\s[-|｜]\s|｜|\|)\s*")
HEADLINE_MIN = 6  # Han characters a headline holds at least (a site's "首页" is none)
HEADLINE_SEEN = 2000  # the headline is the text's when it stands among its first characters…
HEADLINE_LINES = 3  # …or a line among its first ones is most of it
_NOT_TEXT = re.compile(r"[\s\W_]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def with_headline(text: str, title: str | None) -> str:
    r"""The main text with the page's headline above it, when the extractor left it out (it
    often does: the headline stands in an <h1> outside the article's container). A researcher
    reads a document from its headline, and the splitter takes its first line for it.

    >>> with_headline("为提升居民防骗意识，社区开展宣传。", "社区开展反诈宣传_幸福街道办事处").split()
    ['社区开展反诈宣传', '为提升居民防骗意识，社区开展宣传。']
    >>> with_headline("社区开展反诈宣传\n为提升…", "社区开展反诈宣传")
    '社区开展反诈宣传\n为提升…'
    >>> with_headline("为提升居民防骗意识。", "首页")
    '为提升居民防骗意识。'
    """
    if not title:
        return text
    headline = max(TITLE_SEPARATORS.split(title.strip()), key=len).strip()
    if len(_HAN.findall(headline)) < HEADLINE_MIN:
        return text
    key = _NOT_TEXT.sub("", headline)
    if key in _NOT_TEXT.sub("", text[:HEADLINE_SEEN]) or any(
        len(k := _NOT_TEXT.sub("", line)) >= HEADLINE_MIN and k in key for line in text.split("\n")[:HEADLINE_LINES]
    ):
        return text  # the text holds it already, or opens on most of it ("…工作简报" against "…工作简报（第5期）")
    return f"{headline}\n{text}"


# --------------------------------------------------------------------------
# entry points

def read_source(data: bytes, name: str) -> Source:
    """Decode `data` (the bytes of file `name`) into a :class:`Source`.

    ``.html``/``.htm``/``.xhtml`` (any case) are HTML; any other name is plain
    text unless its decoded text starts with ``<!DOCTYPE html`` or ``<html``,
    in which case it is treated as HTML too. HTML honours the page's charset
    declaration (see the module docstring).
    """
    is_html = pathlib.PurePath(name).suffix.lower() in _HTML_SUFFIXES
    if is_html:
        page, encoding = decode_with_declared(data, _declared_charset(data))
        return _html_source(page, encoding)
    text, encoding = decode(data)
    if _looks_like_html(text):
        declared = _declared_charset(data)
        if declared:
            text, encoding = decode_with_declared(data, declared)
        return _html_source(text, encoding)
    return Source(text=text, encoding=encoding, format="text", title=None,
                  metadata={})


def read_path(path: pathlib.Path) -> Source:
    """Read `path` and return :func:`read_source` of its bytes.

    OSError (missing file, directory, permissions...) -> IngestError.
    """
    path = pathlib.Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IngestError(f"cannot read {path}: {err.strerror or err}") from None
    return read_source(data, path.name)

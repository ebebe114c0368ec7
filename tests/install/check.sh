#!/bin/sh
# A plain `pip install .` into a fresh virtualenv, with the pip the interpreter bundles (not
# upgraded), must give a zhtools that turns an HTML page into a document. Run by `make test`.
#
# Why: pip 23.2 (Python 3.11's) resolved trafilatura → justext → lxml[html_clean] without
# lxml_html_clean, and every HTML input became "internal error: ImportError: lxml.html.clean
# module is now a separate project". `make run` hid it by upgrading pip first.
set -eu
PY=${PY:-python3}
here=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work" "$here/build"' EXIT

"$PY" -m venv "$work/venv"
echo "check-install: $("$work/venv/bin/python" -m pip --version)"
if ! "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$here" >"$work/pip.log" 2>&1; then
    cat "$work/pip.log"; echo "check-install: pip install failed"; exit 1
fi

cat > "$work/page.html" <<'PAGE'
<html><head><meta charset="utf-8"><title>社区开展反诈宣传活动</title></head><body>
<article><h1>社区开展反诈宣传活动</h1>
<p>为提高群众防范意识，社区开展反诈宣传活动，共发放宣传单500份，接受群众咨询120人次。</p>
<p>活动中，民警向群众讲解了冒充客服、刷单返利等常见诈骗手法，提醒大家做到不轻信、不透露、不转账。</p>
</article></body></html>
PAGE
cd "$work"
venv/bin/zhtools run page.html --out out --quiet || true  # exit code 1 when a page failed: the check below says why
venv/bin/python - <<'CHECK'
import json, sys
docs = [json.loads(line) for line in open("out/documents.jsonl", encoding="utf-8")]
errors = open("out/errors.jsonl", encoding="utf-8").read()
if errors or len(docs) != 1 or "发放宣传单500份" not in docs[0]["text"] or docs[0]["format"] != "html":
    sys.exit(f"check-install: the HTML page did not become a document:\n{errors or docs}")
print("check-install: a plain pip install reads HTML")
CHECK

"""spaCy: the default blank Chinese pipeline with jieba, the registered factories, and loading a
named pipeline (one the test builds and saves itself: no model is downloaded)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy

from zhtools import nlp

TEXT = "我行积极开展宣传活动，共发放宣传单5000余份，牢记“三不一要”。一是加强组织领导；二是广泛开展宣传。"


def test_default_pipeline_is_blank_chinese_with_jieba_and_the_extractors():
    pipeline = nlp.load()
    assert pipeline.lang == "zh"
    assert pipeline.tokenizer.segmenter == "jieba"
    assert pipeline.pipe_names == list(nlp.FACTORIES)
    doc = pipeline(TEXT)
    assert any(s.text.endswith("5000余份") for s in doc.spans["counts"])
    assert any(s._.zhtools.text == "三不一要" for s in doc.spans["slogans"])
    assert doc.spans["measures"]


def test_a_saved_pipeline_loads_by_path_with_its_components(tmp_path):
    built = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    built.add_pipe("zhtools_counts")
    built.to_disk(tmp_path / "small_zh")
    loaded = nlp.load(str(tmp_path / "small_zh"))
    assert loaded.pipe_names[0] == "zhtools_counts"
    assert set(loaded.pipe_names) == set(nlp.FACTORIES)  # the missing two are added
    doc = loaded(TEXT)
    assert [s._.zhtools.unit for s in doc.spans["counts"]] == ["份"]


def test_extractors_can_join_any_pipeline():
    pipeline = nlp.load(extractors=False)
    assert pipeline.pipe_names == []
    pipeline.add_pipe("zhtools_slogans", config={"spans_key": "mottos"})
    assert "mottos" in pipeline(TEXT).spans


def test_loading_prints_nothing_and_leaves_the_root_logger_alone():
    """jieba logs its dictionary loading at DEBUG to stderr; the pipeline quietens jieba's own
    logger, never the root logger an application configures (run in a fresh process, where
    jieba has not loaded its dictionary yet)."""
    code = (
        "import logging, sys\n"
        "root = (logging.getLogger().level, list(logging.getLogger().handlers))\n"
        "from zhtools import nlp\n"
        "doc = nlp.load()('社区开展反诈宣传活动')\n"
        "assert [t.text for t in doc][:2] == ['社区', '开展'], [t.text for t in doc]\n"
        "assert (logging.getLogger().level, list(logging.getLogger().handlers)) == root\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env, cwd=tempfile.gettempdir())
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""

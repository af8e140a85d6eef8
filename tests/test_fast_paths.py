"""The engine's fast paths agree with the naive loop: windowed confirmation, lazy normalisation
of big texts, line-windowed context hints, chunked hyperscan databases, and the index cache."""

from __future__ import annotations

import pickle
import random
import re
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import errkb
from errkb.engine import confirm as _confirm
from errkb.engine import hints as _hints
from errkb.engine import index as _index
from errkb.engine import lazy_confirm as _lazy_confirm
from errkb.engine import patterns as _patterns
from errkb.engine import utf8 as _utf8
from errkb.engine.databases import pattern_lines_key
from errkb.engine.fold import SAME_LETTERS, fold, fold_utf8
from errkb.engine.fuzzy import error_looking_lines, looks_like_error
from errkb.engine.normalize import normalize
from errkb.engine.scan import find_matches, find_matches_utf8

DATA = Path(__file__).resolve().parent / "data"


def _key(matches: list[errkb.Match]) -> list[tuple[str, int, int, str | None, int, int]]:
    return [(m.record.id, m.start, m.end, m.pattern, m.line, m.column) for m in matches]


@pytest.fixture(scope="module", params=[False, True], ids=["literal-prefilter", "hyperscan"])
def kb(request: pytest.FixtureRequest) -> errkb.KnowledgeBase:
    if request.param and not errkb.hyperscan_available():
        pytest.skip("hyperscan (the `fast` extra) is not installed")
    return errkb.KnowledgeBase(use_hyperscan=request.param)


@pytest.fixture(scope="module")
def hyperscan_kb() -> errkb.KnowledgeBase:
    """The bundled knowledge base on hyperscan: only its databases place patterns."""
    if not errkb.hyperscan_available():
        pytest.skip("skipped: hyperscan not installed")
    return errkb.KnowledgeBase(use_hyperscan=True)


def _lines() -> list[str]:
    kb = errkb.KnowledgeBase()
    return [line for r in kb.records.values() for ex in r.examples for line in ex.text.splitlines()]


LINES = _lines()
EXAMPLES = [ex.text for r in errkb.KnowledgeBase().records.values() for ex in r.examples]
PREFIXES = ["", "", "2024-01-15T10:23:45Z ", "api-1  | ", "> ", "Mar 10 12:00:00 host unit[1]: "]
prefixed_log = st.lists(
    st.tuples(st.sampled_from(PREFIXES), st.sampled_from(LINES), st.sampled_from(["\n", "\n\n"])),
    max_size=30,
).map(lambda rows: "".join(p + line + end for p, line, end in rows))


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(prefixed_log)
def test_lazy_normalisation_agrees_with_naive_loop(kb: errkb.KnowledgeBase, text: str) -> None:
    # Threshold 0: every text takes the big-log path (literal candidates on raw text, only the
    # lines holding literals normalised).
    lazy = find_matches(text, kb.records, kb.index, lazy_normalize_min=0)
    assert _key(lazy) == _key(kb.naive_scan(text))
    assert [m.score for m in lazy] == [m.score for m in kb.scan(text)]


def _whole(matches: list[errkb.Match]) -> list[tuple[object, ...]]:
    return [
        (m.record.id, m.start, m.end, m.line, m.column, m.end_line, m.end_column, m.text, m.score)
        for m in matches
    ]


decorated_log = st.lists(
    st.tuples(
        st.sampled_from([*PREFIXES, "😀 ", "→ ", "Straße: "]),
        st.sampled_from(LINES),
        st.sampled_from(["", " ✓", " 日本語", "\x1b[0m"]),
        st.sampled_from(["\n", "\n\n", "\r\n"]),
    ),
    max_size=30,
).map(lambda rows: "".join(p + line + tail + end for p, line, tail, end in rows))


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(decorated_log)
def test_big_input_bytes_agree_with_the_decoded_text(kb: errkb.KnowledgeBase, text: str) -> None:
    # A big input is scanned in its UTF-8, never decoded whole: offsets, lines, columns, texts
    # and scores are those of a scan of the decoded text.
    as_bytes = find_matches_utf8(text.encode(), kb.records, kb.index, lazy_normalize_min=0)
    assert _whole(as_bytes) == _whole(kb.scan(text))
    assert _key(as_bytes) == _key(kb.naive_scan(text))


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(prefixed_log, st.sampled_from(["\x1b[31m", "\r", ""]))
def test_windowed_confirmation_agrees_with_naive_loop(
    kb: errkb.KnowledgeBase, text: str, noise: str
) -> None:
    noisy = text.replace("\n", noise + "\n", 3)
    naive = _key(kb.naive_scan(noisy))
    assert _key(kb.scan(noisy)) == naive
    # As a big text: candidates and lines from one pass of the literal database.
    assert _key(find_matches(noisy, kb.records, kb.index, lazy_normalize_min=0)) == naive
    data = noisy.encode()
    assert _key(find_matches_utf8(data, kb.records, kb.index, lazy_normalize_min=0)) == naive


def test_multi_line_patterns_are_windowed_and_exact(demo_kb: errkb.KnowledgeBase) -> None:
    index = errkb.KnowledgeBase(use_hyperscan=False).index
    reaches = [p.newline_reach for p in index.patterns]
    assert 0 in reaches
    assert any(r is not None and r > 0 for r in reaches)
    # Every record example, buried in a large unrelated log, found at the same place as the
    # naive loop finds it, through the big-log path.
    kb = errkb.KnowledgeBase(use_hyperscan=False)
    rng = random.Random(3)
    filler = [f"2024-01-15T10:23:{i % 60:02d}Z INFO worker {i} step ok\n" for i in range(3000)]
    examples = [ex.text for r in kb.records.values() for ex in r.examples]
    pieces = filler[:]
    for example in rng.sample(examples, min(60, len(examples))):
        pieces.insert(rng.randrange(len(pieces)), example + "\n")
    text = "".join(pieces)
    lazy = find_matches(text, kb.records, kb.index, lazy_normalize_min=0)
    assert _key(lazy) == _key(kb.naive_scan(text))
    assert len(lazy) >= 40


def test_newline_reach() -> None:
    def reach(regex: str) -> int | None:
        return _patterns.IndexedPattern(0, "x/y", 0, regex, False, 1.0, None).newline_reach

    assert reach(r"No module named '(?P<m>[^'\n]+)'") == 0
    assert reach(r"a.b") == 0
    assert reach(r"(?s)a.b") == 1
    assert reach(r"foo\n +\^\nbar") == 2
    assert reach(r"(?<!checking\.\n)Host key") == 1
    assert reach(r"Error:\s+x") == 1  # a whitespace run counts once
    assert reach(r"a\s*\n\s*b") == 3
    assert reach(r"Error:[^\S]+x") is None
    assert reach(r"(?:\s+at .+)+") is None
    assert reach(r"(a\n)\1") == 2
    assert reach(r"[^x]") == 1
    assert reach(r"\S+\d\w") == 0


def test_context_hints_are_found_near_matches_in_big_texts(
    demo_kb: errkb.KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "x\n" * 50 + "Traceback (most recent call last):\n  ...\nNo module named 'x'\n"
    whole = demo_kb.lookup(text)
    monkeypatch.setattr(_hints, "HINT_BLOCK", 16)
    blocked = demo_kb.lookup(text)
    assert whole is not None
    assert blocked is not None
    assert whole.score == blocked.score > demo_kb.lookup("No module named 'x'").score  # type: ignore[union-attr]


def test_hyperscan_databases_are_chunked_and_budgeted(monkeypatch: pytest.MonkeyPatch) -> None:
    if not errkb.hyperscan_available():
        pytest.skip("hyperscan (the `fast` extra) is not installed")
    monkeypatch.setattr(_index, "HYPERSCAN_CHUNK", 50)
    # Every pattern in the pattern databases, not only those with short or no literals.
    monkeypatch.setattr(_patterns, "STRONG_LITERAL", 10_000)
    chunked = errkb.KnowledgeBase(use_hyperscan=True, cache=False)
    assert len(chunked.index._hs_dbs) > 1
    starved = errkb.KnowledgeBase(use_hyperscan=True, cache=False, hyperscan_budget=0.0)
    assert len(starved.index._hs_dbs) == 1  # the first chunk always compiles
    text = "\n".join(LINES[:300])
    assert _key(chunked.scan(text)) == _key(starved.scan(text)) == _key(chunked.naive_scan(text))


def test_index_cache_is_used_and_round_trips(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = errkb.KnowledgeBase([DATA / "kb"], cache_dir=tmp_path)
    cached = list(tmp_path.glob("*.pickle"))
    assert len(cached) == 1
    with cached[0].open("rb") as handle:
        _loaded, index, _fuzzy = pickle.load(handle)
    assert len(index.patterns) == len(first.index.patterns)
    # Every pattern comes back as it was built, with what the prefilter and windows need.
    built = first.index.patterns
    assert any(p.window_literals for p in built)
    for pid in range(len(built)):
        original, loaded = built[pid], index.patterns[pid]
        for name in (
            "record_id", "regex", "ignore_case", "weight", "prefilter_literals",
            "window_literals", "newline_reach", "specificity",
        ):  # fmt: skip
            assert getattr(loaded, name) == getattr(original, name), (pid, name)
        assert (loaded.literals and loaded.literals.alternatives) == (
            original.literals and original.literals.alternatives
        )

    def no_loading(*_args: object) -> None:
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr("errkb.kb.knowledge_base.load_directories", no_loading)
    second = errkb.KnowledgeBase([DATA / "kb"], cache_dir=tmp_path)
    assert second.index.uses_hyperscan == first.index.uses_hyperscan
    text = "\n".join(LINES[:200])
    assert _key(second.scan(text)) == _key(first.scan(text))


def _record_dir(root: Path, signature: str) -> Path:
    (root / "demo").mkdir(parents=True)
    (root / "demo" / "disk.yaml").write_text(
        f"id: demo/disk\nsignature: {signature}\nroot_cause: test\npatterns: ['No space left']\n"
    )
    (root / "demo" / f"{signature}.yaml").write_text(
        f"id: demo/{signature}\nsignature: {signature}\nroot_cause: test\npatterns: ['{signature}']\n"
    )
    return root


def test_records_written_while_loading_keep_overrides_and_order(tmp_path: Path) -> None:
    # The cache builder writes each record to its side file as it loads; a later directory's
    # record with the same id must win there as it does in memory, in the same order.
    first = _record_dir(tmp_path / "one", "first")
    second = _record_dir(tmp_path / "two", "second")
    built = errkb.KnowledgeBase([first, second], include_bundled=False, cache_dir=tmp_path / "c")
    cached = errkb.KnowledgeBase([first, second], include_bundled=False, cache_dir=tmp_path / "c")
    memory = errkb.KnowledgeBase([first, second], include_bundled=False, cache=False)
    for kb in (built, cached):
        assert list(kb.records) == list(memory.records)
        assert kb.records["demo/disk"].signature == "second"
        assert [o.record_id for o in kb.overrides] == ["demo/disk"]
        assert _key(kb.scan("No space left; first; second")) == _key(
            memory.scan("No space left; first; second")
        )


def test_unwritable_cache_directory_builds_in_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    kb = errkb.KnowledgeBase([DATA / "kb"], include_bundled=False, cache_dir=blocked / "cache")
    assert len(kb.records) == len(
        errkb.KnowledgeBase([DATA / "kb"], include_bundled=False, cache=False).records
    )
    assert kb.lookup("No module named 'x'") is not None


WHITESPACE_RECORDS = {
    "ws/after-literal": r"Could not find\s+(?P<thing>\w+)",
    "ws/before-literal": r"(?:FATAL|ERROR):?\s+deadlock detected",
    "ws/around-newline": r"step failed\s*\n\s*(?P<reason>\w+)",
    "ws/class": r"missing[ \t\n]+separator",
}
WHITESPACE_PIECES = [
    "Could not find", "deadlock detected", "ERROR:", "FATAL", "step failed", "missing",
    "separator", "zlib", " ", "\t", "\n", "\n\n", "  \n", "\u2003\n", "2024-01-15T10:23:45Z ",
    "api-1  | ", "> ", "\x1b[31m", "\r", "\r\n", "ok line\n",
]  # fmt: skip


@pytest.fixture(scope="module", params=[False, True], ids=["literal-prefilter", "hyperscan"])
def whitespace_kb(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> errkb.KnowledgeBase:
    if request.param and not errkb.hyperscan_available():
        pytest.skip("hyperscan (the `fast` extra) is not installed")
    root = tmp_path_factory.mktemp("whitespace-kb")
    (root / "ws").mkdir()
    for record_id, pattern in WHITESPACE_RECORDS.items():
        (root / f"{record_id}.yaml").write_text(
            f"id: {record_id}\nsignature: {record_id}\nroot_cause: test\n"
            f"patterns: [{pattern!r}]\n".replace("\\\\", "\\")
        )
    kb = errkb.KnowledgeBase([root], include_bundled=False, use_hyperscan=request.param)
    assert not kb.errors
    assert all(p.newline_reach is not None for p in kb.index.patterns)
    return kb


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WHITESPACE_PIECES), max_size=40).map("".join))
def test_whitespace_runs_across_blank_lines_are_windowed_exactly(
    whitespace_kb: errkb.KnowledgeBase, text: str
) -> None:
    # Whitespace runs may cross any number of blank lines (and lines that only a timestamp or
    # a compose prefix makes non-empty): the windows must still hold every match.
    naive = _key(whitespace_kb.naive_scan(text))
    assert _key(whitespace_kb.scan(text)) == naive
    assert (
        _key(find_matches(text, whitespace_kb.records, whitespace_kb.index, lazy_normalize_min=0))
        == naive
    )


def test_whitespace_run_over_many_blank_lines_in_a_big_log(
    whitespace_kb: errkb.KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    filler = "".join(f"2024-01-15T10:23:{i % 60:02d}Z INFO step {i} ok\n" for i in range(2000))
    gap = "2024-01-15T10:24:00Z \n" * 50 + "\n   \n" * 50
    text = filler + "ERROR:\n" + gap + "deadlock detected\n" + filler
    text += "\x1b[1mCould not find\x1b[0m\n\n\nzlib\n"
    naive = _key(whitespace_kb.naive_scan(text))

    def whole_text_normalised(self: object) -> None:
        raise AssertionError("searched the whole text instead of windows")

    monkeypatch.setattr(_lazy_confirm.LazyConfirmer, "whole_text", whole_text_normalised)
    found = find_matches(text, whitespace_kb.records, whitespace_kb.index, lazy_normalize_min=0)
    assert _key(found) == naive
    assert [m.record.id for m in found] == ["ws/before-literal", "ws/after-literal"]
    assert found[1].text == "Could not find\x1b[0m\n\n\nzlib"


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(EXAMPLES), min_size=1, max_size=6),
    st.randoms(use_true_random=False),
    st.sampled_from(["\x1b[1m", "\x1b[0m", "\x1b]8;;http://x\x1b\\", "\x1b]0;a\nb\x07"]),
)
def test_escapes_inside_literals_of_a_big_text(
    kb: errkb.KnowledgeBase, examples: list[str], rng: random.Random, escape: str
) -> None:
    # Escape sequences that split words (colourised compiler output) hide literals from a
    # search of the raw text: a big text searches its escaped lines again without them. An
    # OSC sequence holding a newline makes the text be normalised as a whole.
    pieces = []
    for example in examples:
        cut = rng.randrange(len(example) + 1)
        pieces.append(example[:cut] + escape + example[cut:])
    filler = "".join(f"2024-01-15T10:23:{i:02d}Z INFO step {i} ok\n" for i in range(40))
    text = filler + "\n".join(pieces) + "\n" + filler
    naive = _key(kb.naive_scan(text))
    assert naive
    assert _key(find_matches(text, kb.records, kb.index, lazy_normalize_min=0)) == naive


CASE_RECORDS = {
    "case/ascii": r"(?i)disk quota exceeded",
    "case/accent": r"(?i)échec de la connexion",
    "case/cjk": r"连接被拒绝",
    # σ, ς and Σ are one letter to IGNORECASE, as are κ and ϰ, в and ᲀ: lowercasing alone
    # does not make them equal.
    "case/greek": r"(?i)κρίσιμο σφάλμα",
    "case/cyrillic": r"(?i)ошибка соединения с сервером",
}


@pytest.mark.parametrize("hyperscan", [False, True], ids=["literal-prefilter", "hyperscan"])
@pytest.mark.parametrize(
    "line",
    [
        "DISK QUOTA EXCEEDED",
        "diſk quota exceeded",  # ſ folds to s under IGNORECASE
        "DİSK QUOTA EXCEEDED",  # İ too, for Python's re (not for hyperscan's caseless)
        "DIS\u212a QUOTA EXCEEDED",  # and the Kelvin sign to k
        "ÉCHEC DE LA CONNEXION",
        "Échec de la connexion",
        "错误: 连接被拒绝",
        "ΚΡΊΣΙΜΟ ΣΦΆΛΜΑ",
        "ϰρίσιμο σφάλμα",
        "κρίσιμο ςφάλμα",
        "ОШИБКА СОЕДИНЕНИЯ С СЕРВЕРОМ",
        "Ошибка соединения с сервером",
        "ошибка соединения с сер\u1c80ером",  # ᲀ: an old form of в
    ],
)
def test_literal_databases_miss_no_case_form(tmp_path: Path, hyperscan: bool, line: str) -> None:
    if hyperscan and not errkb.hyperscan_available():
        pytest.skip("hyperscan (the `fast` extra) is not installed")
    (tmp_path / "case").mkdir()
    for record_id, pattern in CASE_RECORDS.items():
        (tmp_path / f"{record_id}.yaml").write_text(
            f"id: {record_id}\nsignature: x\nroot_cause: test\npatterns: [{pattern!r}]\n",
            encoding="utf-8",
        )
    kb = errkb.KnowledgeBase([tmp_path], include_bundled=False, use_hyperscan=hyperscan)
    assert not kb.errors
    filler = "".join(f"2024-01-15T10:23:{i % 60:02d}Z INFO step {i} ok\n" for i in range(50))
    text = filler + line + "\n" + filler
    naive = _key(kb.naive_scan(text))
    assert len(naive) == 1
    assert _key(kb.scan(text)) == naive
    assert _key(find_matches(text, kb.records, kb.index, lazy_normalize_min=0)) == naive


@pytest.mark.parametrize("prefix", ["2024-01-15T10:23:45Z   ", "api-1  | ", "> "])
def test_anchored_short_literal_pattern_behind_a_line_prefix(
    kb: errkb.KnowledgeBase, prefix: str
) -> None:
    # `^\s*symbol:` has a short literal, so hyperscan's pattern database holds it; that
    # database reads normalised text only: on a raw big text the prefix stands before `^`.
    text = prefix + "  symbol:   variable titel\n"
    naive = _key(kb.naive_scan(text))
    assert [key[0] for key in naive] == ["java/cannot-find-symbol"]
    assert _key(find_matches(text, kb.records, kb.index, lazy_normalize_min=0)) == naive
    assert _key(kb.scan(text)) == naive


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["a", "Z", "\n", " ", "ΑΣ", "Σ", "σ", "ς", "İ", "ı", "\u212a", "ſ", "É", "😀", "ß"]
        ),
        max_size=60,
    ),
    st.integers(min_value=1, max_value=8),
)
def test_fold_utf8_equals_fold_of_the_decoded_text(pieces: list[str], piece_bytes: int) -> None:
    # Folded piece by piece, pieces cut after newlines (a final sigma looks at its neighbours,
    # never across a line), ASCII pieces lowered as bytes.
    text = "".join(pieces)
    assert fold_utf8(text.encode(), piece_bytes=piece_bytes) == fold(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(["a" * 700, "b\n", "é", "日本", "😀", "\udc80"]), max_size=60),
    st.sampled_from([3, 64, 1 << 14]),
)
def test_offsets_convert_between_bytes_and_characters(pieces: list[str], block: int) -> None:
    # Offsets convert both ways decoding at most one block, whatever the blocks' size.
    text = "".join(pieces)
    data = text.encode("utf-8", "surrogatepass")
    source = _utf8.Utf8Text(data, errors="surrogatepass", block_bytes=block)
    assert source.length == len(text)
    assert source.text == text
    to_chars, to_bytes = source.char_walker(), source.byte_walker()
    for n in [*range(len(pieces) + 1), 0, len(pieces) // 2]:  # ascending, then back
        chars = len("".join(pieces[:n]))
        size = len("".join(pieces[:n]).encode("utf-8", "surrogatepass"))
        assert source.char_at(size) == to_chars(size) == chars
        assert source.byte_at(chars) == to_bytes(chars) == size


@pytest.mark.parametrize(
    "data",
    [b"ok\n" * 9000 + b"\xff\n", b"caf\xc3", b"\xed\xa0\x80 lone surrogate", "😀".encode()[:3] * 7],
)
def test_big_input_bytes_are_checked_as_utf8(data: bytes) -> None:
    # Input bytes are checked block by block (not decoded whole): invalid UTF-8 is refused
    # as a whole decoding would refuse it, and a scan then reads it with replacement.
    with pytest.raises(UnicodeDecodeError):
        _utf8.Utf8Text(data, block_bytes=64)
    kb = errkb.KnowledgeBase(use_hyperscan=False)
    assert kb.scan(data + b"ModuleNotFoundError: No module named 'cv2'\n")


#: Letters whose case forms Python's IGNORECASE equates in ways lowercasing does not (to ASCII
#: letters, or two lowercase letters to one another), and a few plain ones.
_TRICKY = "aiIıİkKKsSſσςΣκϰΚвВᲀоОᲂéÉµμΜ"


@st.composite
def _literal_and_text(draw: st.DrawFn) -> tuple[str, str]:
    literal = draw(st.text(alphabet=_TRICKY, min_size=3, max_size=9))
    # Every letter of `literal` written as any letter IGNORECASE equates with it.
    same = {
        c: [x for x in _TRICKY if re.fullmatch(re.escape(c), x, re.IGNORECASE)] for c in literal
    }
    chunks = draw(
        st.lists(
            st.one_of(
                st.text(alphabet=_TRICKY + " \n", max_size=12),
                st.tuples(*(st.sampled_from(same[c]) for c in literal)).map("".join),
            ),
            max_size=12,
        )
    )
    return literal, "".join(chunks)


@pytest.mark.parametrize(
    ("hyperscan", "dfa_from"),
    [(False, 1 << 20), (False, 0), (True, 1 << 20)],
    ids=["automaton", "automaton-dfa", "hyperscan"],
)
@settings(max_examples=150, deadline=None)
@given(case=_literal_and_text())
def test_literal_pass_finds_every_line_ignorecase_matches(
    hyperscan: bool, dfa_from: int, case: tuple[str, str]
) -> None:
    # The one literal pass (hyperscan's databases, or the automaton with the other spellings
    # of non-ASCII letters, or the folded text) finds the line of every match.
    if hyperscan and not errkb.hyperscan_available():
        pytest.skip("hyperscan (the `fast` extra) is not installed")
    literal, text = case
    regex = re.escape(literal)
    index = _index.PatternIndex(
        _index.index_patterns([("r", [(0, regex, True, 1.0)])]), use_hyperscan=hyperscan
    )
    (prefilter,) = index.patterns[0].prefilter_literals or [None]
    assert prefilter is not None
    data = text.encode("utf-8")
    # Big texts use a DFA of the same needles (when there are few): forced here on any text.
    with mock.patch.object(_index, "DFA_MIN_TEXT", dfa_from):
        big = _lazy_confirm.LazyConfirmer(_utf8.Utf8Text(data, text=text))  # raw, byte offsets
        big_candidates = big.literals(index)
        small = _confirm.Confirmer(normalize(text))  # normalised (the same here), characters
        small_candidates = small.literals(index)
    assert ("_dfa_built" in vars(index)) == (dfa_from == 0 and not hyperscan)
    # A short literal's pattern goes to hyperscan's pattern databases, which place it by the
    # lines its matches end on rather than by its literal.
    key = pattern_lines_key(0)
    big_lines = big._literal_positions.get(key, big._literal_positions.get(prefilter))
    small_lines = small._literal_positions.get(key, small._literal_positions.get(prefilter))
    for hit in re.finditer(regex, text, re.IGNORECASE):
        assert big_candidates == small_candidates == [0]
        line = text.rfind("\n", 0, hit.start()) + 1
        assert big_lines is not None
        assert small_lines is not None
        assert len(text[:line].encode("utf-8")) in big_lines
        assert any(text.rfind("\n", 0, at) + 1 == line for at in small_lines)


def test_same_letters_are_the_ones_ignorecase_equates() -> None:
    # `fold` takes re's own table of lowercase letters equated by IGNORECASE; were it missing
    # from a Python version, the prefilter would miss their matches, so it is checked here
    # against the rule it follows: two lowercase letters with one uppercase form.
    by_upper: dict[str, list[str]] = {}
    for code in range(0x80, 0x1E950):
        char = chr(code)
        if char.lower() == char:
            by_upper.setdefault(char.upper(), []).append(char)
    expected = {
        char: group[0]
        for group in by_upper.values()
        if len(group) > 1 and group[0] > "\x7f"
        for char in group[1:]
    }
    assert expected == SAME_LETTERS
    for char, same in SAME_LETTERS.items():
        assert re.fullmatch(re.escape(same), char, re.IGNORECASE)
        assert fold(char) == fold(same) == same


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(
        st.lists(
            st.sampled_from(
                [
                    "Error",
                    "ERROR:",
                    "errors",
                    "terror",
                    "failed",
                    "Failure",
                    "can't",
                    "cannot",
                    "not found",
                    "notfound",
                    "No such",
                    "timed out",
                    "ok",
                    "done",
                    "ß",
                    "K",
                    "x",
                    "-",
                    " ",
                    "\r",
                    "fatal",
                    "panic:",
                    "Traceback",
                    "invalid",
                    "unable to",
                ]
            ),
            max_size=8,
        ).map(" ".join),
        max_size=30,
    )
)
def test_error_looking_lines_agree_with_the_line_by_line_test(lines: list[str]) -> None:
    # One lowered search of the whole text for candidates, then the exact test per line, must
    # find exactly the lines the line-by-line test finds (Unicode text takes the slow path).
    expected = [(n, line) for n, line in enumerate(lines) if looks_like_error(line)]
    assert error_looking_lines("\n".join(lines)) == expected


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefixed_log,
    st.sampled_from(["", "", "\x1b[1m", "\x1b[0m", "\r\n"]),
    st.randoms(use_true_random=False),
)
def test_patterns_placed_by_an_on_demand_database_find_what_the_naive_loop_finds(
    hyperscan_kb: errkb.KnowledgeBase, text: str, insert: str, rng: random.Random
) -> None:
    # HOT_LINES 1: every candidate of the big-text path is placed by the lines a database
    # compiled for it saw it match on, instead of by its literals' lines; with escape sequences
    # (the escape-stripped lines are scanned too) and CRLF line ends.
    kb = hyperscan_kb
    if insert and text:
        at = rng.randrange(len(text))
        text = text[:at] + insert + text[at:]
    with mock.patch.object(_lazy_confirm, "HOT_LINES", 1):
        lazy = find_matches(text, kb.records, kb.index, lazy_normalize_min=0)
    assert _key(lazy) == _key(kb.naive_scan(text))


def test_an_on_demand_database_is_compiled_for_a_common_literal(
    hyperscan_kb: errkb.KnowledgeBase,
) -> None:
    kb = hyperscan_kb
    example = "ModuleNotFoundError: No module named 'yaml'"
    noise = "".join(f"step {n}: module loaded\n" for n in range(50))
    text = noise + example + "\n" + noise
    with mock.patch.object(_lazy_confirm, "HOT_LINES", 1):
        lazy = find_matches(text, kb.records, kb.index, lazy_normalize_min=0)
    assert _key(lazy) == _key(kb.naive_scan(text))
    assert "python/module-not-found" in {m.record.id for m in lazy}
    assert kb.index._on_demand._built  # the placing really went through a database

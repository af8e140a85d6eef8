"""Importers: seed JSON (lossless), deadends.dev canons (import or per-file rejection), fix pages.

Own fixtures live in ``tests/importers/``; the third-party material is read in place from
``../shared`` and those tests skip, saying why, when it is absent.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

import errkb
from errkb.cli.import_records import add_parser as _add_import_parser
from errkb.records.importers import (
    ImportReport,
    RecordImportError,
    import_deadends,
    import_fix_page,
    import_seed,
    infer_package,
    write_records,
)

FIXTURES = Path(__file__).resolve().parent / "importers"
CANONS = FIXTURES / "deadends" / "canons"
PAGES = FIXTURES / "fix-pages"
OWN_SEED = FIXTURES / "seed" / "disk-full.record.json"
SHARED = Path(__file__).parents[1].parent / "shared"


def _shared(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared exists only in developer checkouts and CI)")
    return path


def _load_dir(directory: Path) -> errkb.KnowledgeBase:
    return errkb.KnowledgeBase(paths=[directory], include_bundled=False, cache=False)


# --- seed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "seed_path",
    [
        pytest.param(OWN_SEED, id="own-fixture"),
        pytest.param(SHARED / "seeds" / "websocket-handshake-400.record.json", id="shared-seed"),
    ],
)
def test_seed_import_is_lossless(seed_path: Path, tmp_path: Path) -> None:
    if not seed_path.exists():
        pytest.skip(f"{seed_path} is absent (../shared exists only in developer checkouts and CI)")
    original = json.loads(seed_path.read_text(encoding="utf-8"))
    record = import_seed(seed_path)
    (written,) = write_records([record], tmp_path)
    domain, slug = original["id"].split("/")
    assert written == tmp_path / domain / f"{slug}.yaml"
    kb = _load_dir(tmp_path)
    assert kb.errors == []
    assert kb.records[original["id"]].seed_dict() == original


def test_seed_import_accepts_json_text() -> None:
    text = OWN_SEED.read_text(encoding="utf-8")
    assert import_seed(text) == import_seed(OWN_SEED)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"id": "a/b", "signature": "x", "regex": "(unclosed"}', "bad regex"),
        ('{"id": "a/b", "signature": "x", "regex": "(a+)+$"}', "catastrophic backtracking"),
        ('{"id": "Not An Id", "signature": "x"}', "invalid record: id"),
    ],
)
def test_bad_seed_is_rejected_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(RecordImportError, match=reason):
        import_seed(text)


# --- deadends.dev canons ------------------------------------------------------------------


@pytest.fixture(scope="module")
def canon_report() -> ImportReport:
    return import_deadends(CANONS)


def test_every_canon_file_is_imported_or_rejected(canon_report: ImportReport) -> None:
    assert canon_report.total == len(list(CANONS.rglob("*.json"))) == 10
    assert len(canon_report.records) == 4
    reasons = {path.parent.name: reason for path, reason in canon_report.rejected}
    assert reasons["bad-regex"].startswith("bad regex: does not compile with Python re")
    assert reasons["redos"].startswith("bad regex: risks catastrophic backtracking")
    assert reasons["empty-match"].startswith("bad regex: matches the empty string")
    assert reasons["no-signature"] == "missing field: error.signature is missing or empty"
    assert reasons["not-json"].startswith("unreadable:")
    assert reasons["bad-rate"].startswith("invalid record: fix_success_rate")
    assert canon_report.summary() == (
        "10 files: 4 imported, 6 rejected "
        "(3 bad regex, 1 invalid record, 1 missing field, 1 unreadable)"
    )


def test_canon_ids_follow_the_documented_scheme(canon_report: ImportReport) -> None:
    ids = sorted(record.id for record in canon_report.records)
    assert ids == [
        "git/detached-head",  # flat layout <domain>/<slug>_<env>.json, one environment
        "git/merge-conflict_git2-linux",  # one slug, two environments: the env is kept
        "git/merge-conflict_git2-macos",
        "shell/permission-denied",
    ]


def test_canon_fields_map_onto_the_record(canon_report: ImportReport) -> None:
    record = next(r for r in canon_report.records if r.id == "shell/permission-denied")
    assert record.signature == "bash: ./run.sh: Permission denied"
    assert [(p.regex, p.ignore_case) for p in record.patterns] == [
        (r"bash: (\S+): Permission denied", True)
    ]
    assert record.category == "runtime_error"
    assert record.root_cause.startswith("What bash: ./run.sh: Permission denied means")
    assert (record.confidence, record.fix_success_rate, record.resolvable) == (0.7, 0.8, "true")
    assert (record.first_seen, record.last_confirmed, record.last_updated) == (
        "2024-05-01",
        "2025-01-10",
        "2025-01-10",
    )
    assert record.evidence_count == 3
    assert record.versions[0].version == "bash5 >=1"
    assert record.workarounds[0].how == "step one\nstep two"
    assert record.workarounds[1].model_extra == {"tradeoff": "slower"}
    assert record.dead_ends[0].model_extra == {"common_misconception": "chmod 777 is always fine"}
    assert record.verification is not None
    assert record.verification.method == "imported"
    assert record.verification.environment == {
        "runtime": "bash5 >=1",
        "os": "linux",
        "additional.shell": "bash",
    }
    assert record.references[0].url == "https://deadends.dev/shell/permission-denied/bash5-linux"
    graph = record.transition_graph
    assert graph.leads_to == ["git/merge-conflict_git2-linux"]  # an imported canon: its id
    assert graph.preceded_by == ["git/detached-head"]
    assert graph.frequently_confused_with == ["node/eacces"]  # not imported: best guess
    extra = record.model_extra or {}
    kept = extra["imported_from"]
    assert kept["id"] == "shell/permission-denied/bash5-linux"
    assert kept["error"] == {"regex_flavor": "pcre"}
    assert kept["page_views"] == 12
    assert kept["transition_graph"]["leads_to"][0]["probability"] == 0.1


def test_imported_canons_load_and_match(canon_report: ImportReport, tmp_path: Path) -> None:
    write_records(canon_report.records, tmp_path)
    kb = _load_dir(tmp_path)
    assert kb.errors == []
    assert len(kb.records) == 4
    match = kb.lookup("bash: ./deploy.sh: PERMISSION DENIED")
    assert match is not None
    assert match.record.id == "shell/permission-denied"


def test_a_single_canon_file_imports() -> None:
    report = import_deadends(CANONS / "git" / "detached-head_git2-linux.json")
    assert [record.id for record in report.records] == ["git/detached-head"]
    assert report.rejected == []


@pytest.mark.slow
def test_whole_deadends_corpus_imports_or_is_rejected(tmp_path: Path) -> None:
    root = _shared("corpora/deadends/canons")
    report = import_deadends(root)
    files = list(root.rglob("*.json"))
    assert report.total == len(files) == 2522
    assert all(reason.strip() for _path, reason in report.rejected)
    ids = [record.id for record in report.records]
    assert len(ids) == len(set(ids))
    # Figures as of the corpus commit in SOURCE_COMMIT: every canon compiles under Python re.
    assert len(report.records) == 2522, report.summary()
    write_records(report.records, tmp_path)
    # Without hyperscan: compiling 2.5k patterns into one database takes minutes, and loading,
    # not matching, is what this test is about.
    kb = errkb.KnowledgeBase([tmp_path], include_bundled=False, cache=False, use_hyperscan=False)
    # Every record loads; the only problems are patterns too short to name an error (`wai`,
    # `503`), disabled by the loader, each in a record that then keeps its signature.
    assert {e.code for e in kb.errors} == {"ERRKB015"}
    assert len(kb.errors) == 101
    assert len(kb.records) == len(report.records)


# --- fix pages ----------------------------------------------------------------------------


def test_seed_fix_page_becomes_a_record() -> None:
    page = _shared("seeds/uvicorn-797.fix-page.txt")
    record = import_fix_page(page.read_text(encoding="utf-8"), source=page.name)
    assert record.id == "uvicorn/error-during-websocket-handshake-unexpected"
    assert record.signature == "Error during WebSocket handshake: Unexpected response code: 400"
    (release,) = record.fixed_releases
    assert (release.package, release.ecosystem, release.version) == ("uvicorn", "pypi", "0.14.0")
    assert release.change == "https://github.com/kludex/uvicorn/pull/926"
    assert [(r.kind, r.url) for r in record.references] == [
        ("issue", "https://github.com/kludex/uvicorn/issues/797"),
        ("pull", "https://github.com/kludex/uvicorn/pull/926"),
    ]
    assert record.confidence == 0.85
    assert record.last_confirmed == "2026-02-09"
    assert record.verification is not None
    assert record.verification.environment == {"python": "3.8.2"}
    upgrade, extra = record.workarounds
    assert upgrade.commands[0].argv == ["pip", "install", "--upgrade", "uvicorn>=0.14.0"]
    assert "does not require WebSocket" in upgrade.condition
    assert extra.commands[0].argv == ["pip", "install", "uvicorn[standard]"]
    assert "zsh" in extra.how
    assert record.examples[0].text.startswith("Error during WebSocket handshake")


def test_fix_page_record_matches_its_own_example(tmp_path: Path) -> None:
    record = import_fix_page((PAGES / "widgetlib-311.txt").read_text(encoding="utf-8"))
    write_records([record], tmp_path)
    kb = _load_dir(tmp_path)
    assert kb.errors == []
    match = kb.lookup(f"Traceback (most recent call last):\n  ...\n{record.examples[0].text}\n")
    assert match is not None
    assert match.record.id == record.id


def test_fix_page_package_from_a_prefixed_repository() -> None:
    record = import_fix_page((PAGES / "widgetlib-311.txt").read_text(encoding="utf-8"))
    assert record.id == "widgetlib/errors-rendererror-canvas-is-closed"
    (release,) = record.fixed_releases
    assert (release.package, release.ecosystem, release.version) == ("widgetlib", "pypi", "2.4.1")
    assert [w.commands[0].argv for w in record.workarounds] == [
        ["pip", "install", "--upgrade", "widgetlib>=2.4.1"],
        ["pip", "install", "widgetlib[fast]"],  # the bare "pip install widgetlib" is the problem
    ]
    assert record.versions[0].version == "widgetlib 2.4.1"
    assert record.versions[0].status == "fixed"
    assert record.first_seen == "2024-03-01"
    assert (record.model_extra or {})["imported_from"]["format"] == "fix page"


def test_fix_page_in_markdown_reads_the_same() -> None:
    text = (PAGES / "widgetlib-311.txt").read_text(encoding="utf-8")
    headings = {"The Fix", "Failure Signature (Search String)", "Proof / Evidence", "Discussion"}
    markdown = "\n".join(
        f"## {line}" if line in headings else line.replace("  • ", "- ")
        for line in text.splitlines()
    )
    assert import_fix_page(markdown) == import_fix_page(text)


def test_fix_page_npm_package_and_git_suffix() -> None:
    record = import_fix_page((PAGES / "tinyqueue-npm.txt").read_text(encoding="utf-8"))
    (release,) = record.fixed_releases
    assert (release.package, release.ecosystem, release.version) == ("tinyqueue", "npm", "3.0.2")
    assert release.change == "https://github.com/acme/tinyqueue/pull/88"
    assert record.workarounds[0].commands[0].argv == ["npm", "install", "tinyqueue@>=3.0.2"]


def test_fix_page_with_only_an_owner_repo_reference() -> None:
    record = import_fix_page((PAGES / "frobnicate-text-reference.txt").read_text(encoding="utf-8"))
    assert record.id == "frobnicate/config-file-is-not-valid-toml-line-3-column-1"
    assert record.fixed_releases == []
    assert [r.url for r in record.references] == ["https://github.com/acme/frobnicate/issues/12"]
    assert record.workarounds[0].action == "Rewrite the config with the migration command."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fix PR: https://github.com/encode/httpx/pull/1 (Python 3.12)", ("httpx", "pypi")),
        ("Fix PR: https://github.com/encode/httpx/pull/1", ("httpx", "github")),
        ("see https://www.github.com/Org/My_Lib.git for details", ("my-lib", "github")),
        ("Fix: https://gitlab.com/grp/toolkit/-/merge_requests/4 pip stuff", ("toolkit", "pypi")),
        ("acme/python-thing issue #3, then pip install thing==2.0", ("thing", "pypi")),
        ("acme/thing-js issue #3; npm install thing@2", ("thing", "npm")),
        (
            "closed a/one issue #1 and a/one issue #2, fixed by https://github.com/b/two/pull/9",
            ("two", "github"),
        ),
        ("no links here, but: pip3 install requests[socks]", ("requests", "pypi")),
    ],
)
def test_package_inference(text: str, expected: tuple[str, str]) -> None:
    assert infer_package(text) == expected


def test_fix_page_without_package_or_signature_is_rejected() -> None:
    with pytest.raises(RecordImportError, match="cannot infer the package"):
        import_fix_page("Failure Signature\n\n  • Boom: it broke\n")
    with pytest.raises(RecordImportError, match="no failure signature"):
        import_fix_page("Fix PR: https://github.com/acme/thing/pull/1\n")


# --- command line -------------------------------------------------------------------------


def _run(argv: list[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="errkb")
    _add_import_parser(parser.add_subparsers(dest="command_name", required=True))
    args = parser.parse_args(argv)
    out = io.StringIO()
    code = args.handler(args, Console(file=out, width=200))
    return code, out.getvalue()


def test_cli_imports_seed_files(tmp_path: Path) -> None:
    code, out = _run(["import", "seed", str(OWN_SEED), "-o", str(tmp_path)])
    assert code == 0
    assert "imported 1 record(s)" in out
    assert (tmp_path / "system" / "disk-full-enospc.yaml").is_file()


def test_cli_json_report_lists_rejections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        "errkb.cli.import_records.bundled_ids", set
    )  # whatever the bundled records are
    code, out = _run(["import", "deadends", str(CANONS), "-o", str(tmp_path), "--json"])
    assert code == 1  # some canons were rejected
    report = json.loads(out)
    assert report["imported"] == 4
    assert len(report["rejected"]) == 6
    assert {"source", "reason"} == set(report["rejected"][0])


def test_cli_skips_ids_of_bundled_records_unless_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("errkb.cli.import_records.bundled_ids", lambda: {"system/disk-full-enospc"})
    target = tmp_path / "system" / "disk-full-enospc.yaml"

    code, out = _run(["import", "seed", str(OWN_SEED), "-o", str(tmp_path), "--json"])
    report = json.loads(out)
    assert code == 1
    assert report["collisions"] == ["system/disk-full-enospc"]
    assert report["skipped"][0]["id"] == "system/disk-full-enospc"
    assert "--allow-override" in report["skipped"][0]["reason"]
    assert not target.exists()

    code, out = _run(
        ["import", "seed", str(OWN_SEED), "-o", str(tmp_path), "--allow-override", "--json"]
    )
    report = json.loads(out)
    assert code == 0
    assert report["overridden"] == ["system/disk-full-enospc"]
    assert target.is_file()


def test_cli_fix_page_from_a_file(tmp_path: Path) -> None:
    page = PAGES / "widgetlib-311.txt"
    code, _out = _run(["import", "fix-page", str(page), "-o", str(tmp_path)])
    assert code == 0
    assert (tmp_path / "widgetlib" / "errors-rendererror-canvas-is-closed.yaml").is_file()


def test_cli_reports_unreadable_sources(tmp_path: Path) -> None:
    code, out = _run(["import", "seed", str(tmp_path / "missing.json"), "-o", str(tmp_path)])
    assert code == 1
    assert "rejected" in out
    assert "missing.json" in out


def test_errkb_main_dispatches_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from errkb.cli import main

    assert main(["import", "seed", str(OWN_SEED), "-o", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 1

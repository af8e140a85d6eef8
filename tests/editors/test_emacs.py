"""Emacs in batch mode with eglot and editors/emacs/errkb.el: diagnostics reach flymake.

Follows the README's set-up ((require 'errkb) (errkb-setup)); the one thing a batch Emacs lacks is
a command loop, so the test runs `post-command-hook` itself, which is where `eglot-ensure` and
flymake's deferred start wait for one.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from ._support import EDITORS, RECOGNISED_LINE, RECORD_ID, SERVER_LOG, isolated_environment

WAIT_SECONDS = 30

CHECK_EL = r"""
(require 'json)
(add-to-list 'load-path (getenv "ERRKB_EMACS_DIR"))
(require 'errkb)
(setq errkb-python (getenv "ERRKB_PYTHON_FOR_EMACS"))
(errkb-setup)
(find-file (getenv "ERRKB_LOG_FILE"))
(run-hooks 'post-command-hook)
(let ((deadline (+ (float-time) (string-to-number (getenv "ERRKB_WAIT_SECONDS")))))
  (while (and (< (float-time) deadline)
              (not (seq-some (lambda (d) (string-match-p "errkb" (flymake-diagnostic-text d)))
                             (flymake-diagnostics))))
    (accept-process-output nil 0.1)
    (run-hooks 'post-command-hook)))
(let* ((server (eglot-current-server))
       (result
        `((mode . ,(symbol-name major-mode))
          (managed . ,(if (bound-and-true-p eglot--managed-mode) t :json-false))
          (language_id . ,(if server (eglot--language-id server) :null))
          (diagnostics
           . ,(vconcat
               (mapcar (lambda (d)
                         (let ((beg (flymake-diagnostic-beg d)))
                           `((line . ,(1- (line-number-at-pos beg)))
                             (column . ,(save-excursion (goto-char beg) (current-column)))
                             (length . ,(- (flymake-diagnostic-end d) beg))
                             (type . ,(format "%s" (flymake-diagnostic-type d)))
                             (text . ,(flymake-diagnostic-text d)))))
                       (flymake-diagnostics)))))))
  (with-temp-file (getenv "ERRKB_RESULT")
    (insert (json-encode result)))
  (when server
    (ignore-errors (eglot-shutdown server))))
(kill-emacs 0)
"""


def _emacs_with_eglot() -> tuple[str | None, str]:
    emacs = shutil.which("emacs")
    if emacs is None:
        return None, "emacs is not installed (Debian: apt-get install emacs-nox elpa-eglot)"
    probe = subprocess.run(
        [emacs, "--batch", "--eval", "(require 'eglot)"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if probe.returncode != 0:
        return None, "eglot is not available to Emacs (Debian: apt-get install elpa-eglot)"
    return emacs, ""


EMACS, WHY_NO_EMACS = _emacs_with_eglot()


def _run_emacs(emacs: str, python: str, workspace: Path, tmp_path: Path) -> dict[str, Any]:
    check_path = tmp_path / "check.el"
    check_path.write_text(CHECK_EL, encoding="utf-8")
    result_path = tmp_path / "result.json"
    env = isolated_environment(tmp_path)
    env.update(
        ERRKB_EMACS_DIR=str(EDITORS / "emacs"),
        ERRKB_PYTHON_FOR_EMACS=python,
        ERRKB_LOG_FILE=str(workspace / "server.log"),
        ERRKB_RESULT=str(result_path),
        ERRKB_WAIT_SECONDS=str(WAIT_SECONDS),
    )
    # --batch skips the user's init file but keeps Debian's site-start, which puts the elpa-*
    # packages (eglot) on the load path, as in a normal session.
    completed = subprocess.run(
        [emacs, "--batch", "-l", str(check_path)],
        cwd=workspace,
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_SECONDS + 60,
        check=False,
    )
    assert result_path.exists(), (
        f"Emacs wrote no result (exit {completed.returncode})\n"
        f"stdout: {completed.stdout}\nstderr: {completed.stderr}"
    )
    result: dict[str, Any] = json.loads(result_path.read_text(encoding="utf-8"))
    result["log"] = completed.stderr
    return result


@pytest.mark.e2e
@pytest.mark.skipif(EMACS is None, reason=WHY_NO_EMACS)
def test_eglot_shows_errkb_diagnostics_in_flymake(
    server_python: str, workspace: Path, tmp_path: Path
) -> None:
    assert EMACS is not None
    result = _run_emacs(EMACS, server_python, workspace, tmp_path)
    assert result["mode"] == "errkb-log-mode", result
    assert result["managed"] is True, result
    assert result["language_id"] == "log"
    ours = [d for d in result["diagnostics"] if RECORD_ID in d["text"]]
    assert len(ours) == 1, result
    diagnostic = ours[0]
    recognised = SERVER_LOG.splitlines()[RECOGNISED_LINE]
    assert diagnostic["line"] == RECOGNISED_LINE
    assert diagnostic["column"] == len("WARNING:  ")
    assert 0 < diagnostic["length"] <= len(recognised) - len("WARNING:  ")
    assert diagnostic["type"] == "eglot-error"
    assert "uvicorn has no WebSocket library" in diagnostic["text"]  # the incident title
    # The server reports bad settings (e.g. initializationOptions that are not an object) here.
    assert "Server reports" not in result["log"], result["log"]


@pytest.mark.skipif(EMACS is None, reason=WHY_NO_EMACS)
def test_errkb_el_byte_compiles_without_warnings(tmp_path: Path) -> None:
    assert EMACS is not None
    copy = tmp_path / "errkb.el"
    shutil.copy(EDITORS / "emacs" / "errkb.el", copy)
    completed = subprocess.run(
        [
            EMACS,
            "--batch",
            "--eval",
            "(setq byte-compile-error-on-warn t)",
            "-f",
            "batch-byte-compile",
            str(copy),
        ],
        env=isolated_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "errkb.elc").exists()

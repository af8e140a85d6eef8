"""The catalogue of issue #3: every id named there exists, with exactly that id."""

from __future__ import annotations

import pytest

from errkb.records.load import bundled_data_dir, record_files

CATALOGUE = [
    "browser/cors-no-allow-origin",
    "build/python-dev-headers-missing",
    "c/header-not-found",
    "c/undefined-reference",
    "ci/github-actions-push-permission-denied",
    "ci/npm-ci-missing-lockfile",
    "communication/websocket-handshake-400-bad-request",
    "docker/daemon-not-running",
    "docker/exec-format-error",
    "docker/no-space-left-on-device",
    "docker/port-already-allocated",
    "docker/socket-permission-denied",
    "git/dubious-ownership",
    "git/line-ending-crlf-warning",
    "git/merge-conflict",
    "git/no-push-destination",
    "git/not-a-git-repository",
    "git/pathspec-did-not-match",
    "git/push-non-fast-forward",
    "git/refusing-to-merge-unrelated-histories",
    "git/ssh-permission-denied-publickey",
    "git/ssl-certificate-problem",
    "gradle/could-not-resolve-dependency",
    "java/classnotfoundexception",
    "java/could-not-find-main-class",
    "java/outofmemoryerror-heap-space",
    "java/unsupported-class-version",
    "kubernetes/crashloopbackoff",
    "kubernetes/imagepullbackoff",
    "kubernetes/oomkilled",
    "maven/could-not-resolve-dependencies",
    "mysql/access-denied",
    "mysql/too-many-connections",
    "network/connection-refused",
    "nginx/upstream-connection-refused-502",
    "nginx/upstream-timed-out-504",
    "node/cannot-find-module",
    "node/econnrefused",
    "node/econnrefused-ipv6-localhost",
    "node/enospc-file-watchers",
    "node/eresolve",
    "node/err-require-esm",
    "node/heap-out-of-memory",
    "node/node-gyp-build-failed",
    "node/npm-e404",
    "node/npm-eacces-permission-denied",
    "node/npm-unable-to-get-issuer-cert",
    "pip/externally-managed-environment",
    "pip/msvc-build-tools-required",
    "pip/no-matching-distribution",
    "pip/resolution-impossible",
    "postgres/connection-refused",
    "postgres/password-authentication-failed",
    "postgres/too-many-clients",
    "pydantic/validation-error",
    "python/address-already-in-use",
    "python/cannot-import-name",
    "python/circular-import",
    "python/file-not-found",
    "python/fstring-syntax-error-old-python",
    "python/indentation-error",
    "python/key-error",
    "python/module-not-found",
    "python/name-error-not-defined",
    "python/nonetype-has-no-attribute",
    "python/nonetype-not-subscriptable",
    "python/permission-denied",
    "python/recursion-error",
    "python/ssl-certificate-verify-failed",
    "python/syntax-error",
    "python/typeerror-missing-self",
    "python/unicode-decode-error",
    "python/unicode-decode-error-gbk",
    "python/zero-division-error",
    "pytorch/cuda-out-of-memory",
    "rust/e0382-use-of-moved-value",
    "rust/linker-cc-not-found",
    "shell/zsh-no-matches-found",
    "uvicorn/address-already-in-use",
    "uvicorn/websocket-library-missing",
]

BUNDLED = {record_id for record_id, _path in record_files(bundled_data_dir())}


def test_catalogue_has_no_duplicates() -> None:
    assert len(CATALOGUE) == len(set(CATALOGUE))


@pytest.mark.parametrize("record_id", CATALOGUE)
def test_catalogue_id_exists(record_id: str) -> None:
    assert record_id in BUNDLED


def test_the_bundled_knowledge_base_has_at_least_300_records() -> None:
    assert len(BUNDLED) >= 300

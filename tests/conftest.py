"""Shared fixtures: a temporary home, the fixture site served over real HTTP, the shared folder."""
from __future__ import annotations

from pathlib import Path

import pytest

from httpserver import LocalServer, Route

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def site_routes() -> dict[str, Route]:
    site = FIXTURES / "site"
    routes = {}
    for file in site.rglob("*"):
        if file.is_file():
            kind = "application/rss+xml" if file.suffix == ".xml" else "text/html; charset=utf-8"
            routes["/" + file.relative_to(site).as_posix()] = Route(file.read_bytes(), content_type=kind)
    return routes


@pytest.fixture
def site():
    with LocalServer(site_routes()) as server:
        yield server


@pytest.fixture
def home(tmp_path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


# -- the sample corpus in a home (graph tests) ------------------------------------------------
@pytest.fixture(scope="session")
def sample_home_template(tmp_path_factory) -> Path:
    """A home with the 40 sample articles ingested from disk and the graph stores synced (built once)."""
    from scrutiny.app import Workspace
    from scrutiny.data import path as data_path

    root = tmp_path_factory.mktemp("sample") / "home"
    workspace = Workspace(root)
    summary = workspace.ingest_html([data_path("sample", "articles")], workers=1)
    assert summary.articles_stored == 40, summary.line()
    return root


@pytest.fixture
def sample_home(sample_home_template, tmp_path) -> Path:
    """A private copy of the sample home, free to change."""
    import shutil

    copy = tmp_path / "sample-home"
    shutil.copytree(sample_home_template, copy)
    return copy

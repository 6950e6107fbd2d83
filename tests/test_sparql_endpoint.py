"""A remote SPARQL 1.1 endpoint: `scrutiny sync sparql URL` loads a real `oxigraph serve`, and
`scrutiny query --sparql-endpoint URL` answers from it with the same rows as the local stores."""
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from scrutiny.app import Workspace
from scrutiny.cli import app
from scrutiny.graph.stores.sparql import EndpointError, SparqlEndpoint, bind_values, derive_urls
from scrutiny.queries import runner as named

from test_stores import _lists_as_strings, params_for

cli = CliRunner()


def _oxigraph() -> str:
    exe = Path(sys.executable).with_name("oxigraph")
    found = str(exe) if exe.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server (PyPI package `oxigraph`) is not installed")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """`oxigraph serve` on 127.0.0.1 and a free port, with its data in a temporary folder."""
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 20
    while True:
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode()[:500]}")
        time.sleep(0.1)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_parameters_are_bound_inside_the_where_group():
    text = bind_values("SELECT ?x WHERE { ?x ?p ?since FILTER(?since > 1) }", {"since": "a\"b"})
    assert text.index("VALUES (?since)") < text.index("?x ?p")
    assert '"a\\"b"' in text  # quoted and escaped by rdflib, not spliced in
    with pytest.raises(ValueError):
        bind_values("SELECT ?x WHERE { ?x ?p ?o }", {"x y": 1})
    assert derive_urls("http://h/query") == ("http://h/query", "http://h/update", "http://h/store")
    assert derive_urls("http://h/ds/sparql")[2] == "http://h/ds/data"


@pytest.mark.parametrize("method", ["gsp", "update"])
def test_sync_and_ask_every_named_query(sample_home_template, endpoint, method):
    workspace = Workspace(sample_home_template)
    kg = workspace.project()
    counts = workspace.sync_sparql(endpoint, method=method)
    assert counts == kg.counts()
    assert workspace.sync_sparql(endpoint, method=method) == counts  # replaces, never duplicates
    for name in named.names():
        params, local = params_for(workspace, kg, name)
        remote = workspace.named_query(name, "sparql", params, endpoint=endpoint)
        assert remote.columns == local.columns, name
        assert _lists_as_strings(local.rows, remote.rows) == remote.rows, name


def test_cli_sync_and_query(sample_home_template, endpoint):
    home = str(sample_home_template)
    result = cli.invoke(app, ["sync", "sparql", endpoint, "--home", home])
    assert result.exit_code == 0, result.output
    assert "events=" in result.output
    result = cli.invoke(app, ["query", "who_acted_against", "--param", "entity=clearview-ai",
                              "--sparql-endpoint", endpoint, "--home", home, "--format", "json"])
    assert result.exit_code == 0, result.output
    remote = json.loads(result.output)
    local = json.loads(cli.invoke(app, ["query", "who_acted_against", "--param", "entity=clearview-ai",
                                        "--home", home, "--format", "json"]).output)
    assert remote == local and remote
    result = cli.invoke(app, ["query", "--sparql", "SELECT ?name WHERE { ?e scr:id ?id ; schema:name ?name }",
                              "--param", "id=ico", "--sparql-endpoint", endpoint, "--home", home,
                              "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"name": "Information Commissioner's Office"}]
    result = cli.invoke(app, ["query", "--cypher", "MATCH (n) RETURN n", "--sparql-endpoint", endpoint,
                              "--home", home])
    assert result.exit_code == 2


def test_unreachable_endpoint(sample_home_template):
    port = _free_port()
    with pytest.raises(EndpointError):
        with SparqlEndpoint(f"http://127.0.0.1:{port}/query", timeout=2) as ep:
            ep.query("ASK {}")
    result = cli.invoke(app, ["sync", "sparql", f"http://127.0.0.1:{port}/query", "--home",
                              str(sample_home_template)])
    assert result.exit_code == 1

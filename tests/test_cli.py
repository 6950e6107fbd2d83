"""The command line: demo, who, timeline, query and their exit codes."""
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from scrutiny.cli import app
from scrutiny.app import Workspace
from scrutiny.ingest.fetch import FetchConfig

runner = CliRunner()


@pytest.fixture
def filled_home(site, home):
    Workspace(home).ingest_feeds([site.url("/feed.xml")], FetchConfig(min_host_delay=0.0, retries=0))
    return str(home)


def test_demo_answers_from_the_sample_corpus():
    proc = subprocess.run([sys.executable, "-m", "scrutiny.cli", "demo"], capture_output=True, text=True,
                          timeout=300, env={"COLUMNS": "200", "PATH": ""})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert any("YouTube" in l and "cease_and_desist" in l and "2020-02-05" in l for l in lines), proc.stdout
    counts = [l for l in lines if l.startswith("articles=")]
    assert counts and all(int(part.split("=")[1]) > 0 for part in counts[0].split())


def test_who_against(filled_home):
    result = runner.invoke(app, ["who", "--against", "Clearview AI", "--home", filled_home, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {"actor": "YouTube", "action": "cease_and_desist", "date": "2020-02-05"}.items() <= rows[0].items()


def test_unknown_name_is_a_usage_error_with_a_suggestion(filled_home):
    result = runner.invoke(app, ["who", "--against", "Clearveiw AI", "--home", filled_home])
    assert result.exit_code == 2
    assert "Did you mean Clearview AI" in result.output


def test_timeline_week_json(filled_home):
    result = runner.invoke(app, ["timeline", "--week", "2020-W06", "--format", "json", "--home", filled_home])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["since"] == "2020-02-03" and doc["until"] == "2020-02-09"
    assert ("YouTube", "cease_and_desist") in [(e["actor"], e["action"]) for e in doc["events"]]
    assert all("2020-02-03" <= e["date"] <= "2020-02-09" for e in doc["events"])


def test_query_cypher_and_sparql_with_parameters(filled_home):
    cy = runner.invoke(app, ["query", "--cypher", "MATCH (e:Entity {id: $id}) RETURN e.name AS name",
                             "--param", "id=clearview-ai", "--home", filled_home, "--format", "json"])
    sp = runner.invoke(app, ["query", "--sparql",
                             "SELECT ?id ?name WHERE { ?e scr:id ?id ; schema:name ?name }",
                             "--param", "id=clearview-ai", "--home", filled_home, "--format", "json"])
    assert cy.exit_code == 0 and sp.exit_code == 0, cy.output + sp.output
    assert json.loads(cy.output) == json.loads(sp.output) == [{"name": "Clearview AI"}]


def test_named_query_from_the_cli(filled_home):
    result = runner.invoke(app, ["query", "who_acted_against", "--param", "entity=clearview-ai",
                                 "--engine", "sparql", "--home", filled_home, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("actor,action,target,date")


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("scrutiny ")


def test_the_command_line_does_not_import_the_graph_stores_nor_networkx_at_start_up():
    # each would cost every command (and every ingest, before its workers start) start-up time
    code = ("import sys, scrutiny.cli; print(sorted(m for m in ('rdflib', 'ladybug', 'networkx', 'pyoxigraph') "
            "if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"

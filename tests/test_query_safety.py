"""Values from the command line reach Cypher and SPARQL as parameters: injection strings are just
names that match nothing; nothing is executed or changed."""
import pytest
from typer.testing import CliRunner

from scrutiny.app import Workspace
from scrutiny.cli import app

runner = CliRunner()

NASTY = [
    "x' OR '1'='1",
    'x" OR "1"="1',
    "clearview-ai'}) DETACH DELETE n //",
    "x'}) MATCH (n) DETACH DELETE n RETURN 1 //",
    "} UNION { ?s ?p ?o }",
    '" } UNION { ?s ?p ?o } #',
    "x\" . } ; DELETE WHERE { ?s ?p ?o } #",
    "{ }",
    "clearview-ai\\' ) DROP TABLE Entity",
    "ev-x\"^^<http://www.w3.org/2001/XMLSchema#string> } INSERT DATA { <a:b> <a:c> <a:d> } #",
]


def _state(home):
    ws = Workspace(home)
    counts = ws.counts()
    with ws.rdf() as rdf:
        counts["triples"] = len(rdf)
    return counts


@pytest.fixture(scope="module")
def home(sample_home_template, tmp_path_factory):
    import shutil
    copy = tmp_path_factory.mktemp("safety") / "home"
    shutil.copytree(sample_home_template, copy)
    return str(copy)


def _ok_or_usage(result):
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


@pytest.mark.parametrize("value", NASTY)
def test_injection_strings_change_nothing(home, value, tmp_path):
    before = _state(home)
    commands = [
        ["entity", value], ["path", value, "YouTube"], ["sources", value], ["report", value, "--out",
                                                                            str(tmp_path / "r.html")],
        ["who", "--against", value],
    ]
    for engine in ("cypher", "sparql"):
        commands += [
            ["query", "who_acted_against", "--param", f"entity={value}", "--engine", engine],
            ["query", "disputes_between", "--param", f"entity={value}", "--param", f"other={value}",
             "--engine", engine],
            ["query", "scrapers_of_platform", "--param", f"platform={value}", "--engine", engine],
            ["query", "timeline_of", "--param", f"entity={value}", "--engine", engine, "--format", "json"],
            ["query", "new_this_week", "--param", f"since={value}", "--engine", engine],
            ["sources", value, "--engine", engine],
            ["timeline", "--entity", value, "--engine", engine, "--format", "json"],
        ]
    for command in commands:
        result = runner.invoke(app, command + ["--home", home])
        _ok_or_usage(result)
        if command[0] == "query" and "since=" not in command[3]:
            assert result.exit_code == 0, (command, result.output)
            assert "Clearview" not in result.output  # matched nothing
    assert _state(home) == before


def test_parameters_are_values_not_text(home):
    ws = Workspace(home)
    for value in NASTY:
        for engine in ("cypher", "sparql"):
            assert ws.named_query("customers_of", engine, {"vendor": value}).rows == []
            assert ws.named_query("regulators_against", engine, {"entity": value}).rows == []
    # the same value, when it is a real id, does match: the parameter is used as a value
    assert ws.named_query("customers_of", "sparql", {"vendor": "clearview-ai"}).rows


def test_bad_parameter_names_and_dates_are_usage_errors(home):
    for args in (["query", "customers_of", "--param", "vendor}=x"],
                 ["query", "customers_of", "--param", "x=1"],
                 ["query", "new_this_week", "--param", "since=2020-02-03' }"],
                 ["query", "../etc/passwd"],
                 ["query", "customers_of", "--param", "noequals"]):
        result = runner.invoke(app, args + ["--home", home])
        assert result.exit_code == 2, (args, result.output)

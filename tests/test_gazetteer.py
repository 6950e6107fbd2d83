"""The bundled gazetteer (data/gazetteer.tsv) is well formed: it loads, ids are unique, parents
exist, countries and Wikidata ids have their shape, and no name is given to two parties that
the country of the text could not tell apart."""
import re
from collections import defaultdict

from scrutiny.data import path as data_path
from scrutiny.ingest.extract.gazetteer import load_gazetteer, read_tsv


def _parties():
    return read_tsv(data_path("gazetteer.tsv"))


def test_loads_with_unique_ids():
    parties = _parties()
    assert len({p.id for p in parties}) == len(parties)
    assert len(load_gazetteer()) == len(parties)


def test_parents_exist_and_fields_have_their_shape():
    parties = _parties()
    ids = {p.id for p in parties}
    for p in parties:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", p.id), p.id
        assert p.parent is None or p.parent in ids, (p.id, p.parent)
        assert p.parent != p.id, p.id
        assert p.country is None or re.fullmatch(r"[A-Z]{2}", p.country), (p.id, p.country)
        assert p.wikidata is None or re.fullmatch(r"Q[1-9][0-9]*", p.wikidata), (p.id, p.wikidata)
        assert p.name and p.name == p.name.strip(), p.id


def test_no_repeated_alias_within_a_row():
    for p in _parties():
        names = [p.name, *p.aliases]
        assert len(names) == len(set(names)), (p.id, [n for n in names if names.count(n) > 1])


def test_a_shared_name_belongs_to_parties_of_different_countries():
    """A name two rows share ("Datatilsynet") is resolved by the country the text names, so its
    bearers must each have a country and no two the same; any other repeat is a duplicate."""
    bearers = defaultdict(dict)
    for p in _parties():
        for name in (p.name, *p.aliases):
            bearers[name.lower()][p.id] = p
    for name, by_id in bearers.items():
        parties = list(by_id.values())
        if len(parties) < 2:
            continue
        countries = [p.country for p in parties]
        assert None not in countries and len(set(countries)) == len(countries), (
            name, [(p.id, p.country) for p in parties])

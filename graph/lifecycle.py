"""Dispute lifecycle: the events of one dispute linked by FOLLOWS, and the dispute's current status.

A dispute is a chain such as fine -> appeal -> ruling that overturns it ->
appeal -> ruling. The rules, applied in date order:

* an **appeal** by A (against B) follows the latest decision (fine, order, ban,
  ruling) taken against A (by B, or in a dispute B is part of), within five
  years; decisions of that same day are all followed (a fine and the order
  issued with it);
* a **ruling by a court** against T follows the latest open case (appeal or
  lawsuit) in which T is a party, and closes it; on the same day a
  court's ruling comes after the appeal it decides;
* a **settlement** between A and B follows the latest open case (lawsuit,
  complaint, appeal, investigation) between them, and closes it.

``(later)-[:FOLLOWS]->(earlier)``. Every event of a dispute gets the dispute's
id (the id of its original event); the original event gets the derived
``current_status``:

* ``pending``: the last step is an appeal, lawsuit or complaint not yet decided;
* ``upheld``: a court ruled against the side that challenged the original event;
* ``overturned``: a court ruled against the side of the original event's actor;
* ``settled``: the parties settled.

A decision nobody challenged has no current status; an open lawsuit or
complaint on its own is ``pending``.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from .model import Entity, Event, Follows

DECISIONS = frozenset({"fine", "order", "ban", "ruling"})
CASES = frozenset({"appeal", "lawsuit", "complaint"})
COURT_CASES = frozenset({"appeal", "lawsuit"})   # what courts decide (complaints go to regulators)
SETTLEABLE = CASES | {"investigation"}
HORIZON = dt.timedelta(days=5 * 366)

# Same-day order: decisions, then challenges, then a court's rulings, then settlements.
_PHASE = {"fine": 0, "order": 0, "ban": 0, "ruling": 0, "investigation": 0, "appeal": 1, "lawsuit": 1,
          "complaint": 1, "settlement": 3}


def _date(event: Event) -> dt.date | None:
    try:
        return dt.date.fromisoformat((event.date or "")[:10])
    except ValueError:
        return None


def link_disputes(events: dict[str, Event], entities: dict[str, Entity],
                  same_party: Callable[[str, str], bool] | None = None,
                  party_key: Callable[[str], str] | None = None) -> list[Follows]:
    """Add FOLLOWS edges between the events of each dispute and set ``dispute`` and
    ``current_status``; returns the edges.

    ``same_party(a, b)`` says whether two ids are one party in a dispute (a government and its
    office); ``party_key`` maps ids that can be the same party to one key (for the indexes)."""
    same = same_party or (lambda a, b: a == b)
    key = party_key or (lambda x: x)

    def is_court(entity_id: str | None) -> bool:
        return bool(entity_id) and entities.get(entity_id) is not None and entities[entity_id].kind == "court"

    def phase(e: Event) -> int:
        if e.action == "ruling" and is_court(e.actor):
            return 2
        return _PHASE.get(e.action, 0)

    def party_of(x: str | None, e: Event) -> bool:
        return bool(x) and any(p and same(p, x) for p in (e.actor, e.target))

    dated = [(d, e) for e in events.values() if (d := _date(e)) is not None]
    dated.sort(key=lambda de: (de[0], phase(de[1]), de[1].id))
    follows: list[Follows] = []
    earlier_of: dict[str, list[str]] = defaultdict(list)
    decisions_against: dict[str, list[tuple[dt.date, Event]]] = defaultdict(list)  # by key of the target
    cases_of: dict[str, list[tuple[dt.date, Event]]] = defaultdict(list)           # by key of each party
    closed: set[str] = set()
    members: dict[str, set[str]] = {}  # event id -> parties of its dispute so far

    def link(later: Event, earlier: Event) -> None:
        follows.append(Follows(later.id, earlier.id))
        earlier_of[later.id].append(earlier.id)
        parties = members.setdefault(earlier.id, {p for p in (earlier.actor, earlier.target) if p})
        parties |= {p for p in (later.actor, later.target) if p}
        members[later.id] = parties

    def latest_case(candidates: list[tuple[dt.date, Event]]) -> Event | None:
        if not candidates:
            return None
        return max(candidates, key=lambda dx: (dx[0], phase(dx[1]), dx[1].id))[1]

    for day, e in dated:
        if e.action == "appeal" and e.actor:
            found = [(d, x) for d, x in decisions_against.get(key(e.actor), ())
                     if same(x.target, e.actor) and day - d <= HORIZON
                     and (not e.target or (x.actor and same(x.actor, e.target))
                          or any(same(p, e.target) for p in members.get(x.id, ())))]
            if found:
                latest = max(d for d, _ in found)
                for d, x in found:
                    if d == latest:
                        link(e, x)
        elif e.action == "ruling" and is_court(e.actor) and e.target:
            case = latest_case([(d, x) for d, x in cases_of.get(key(e.target), ())
                                if x.id not in closed and x.action in COURT_CASES and party_of(e.target, x)
                                and day - d <= HORIZON])
            if case is not None:
                link(e, case)
                closed.add(case.id)
        elif e.action == "settlement" and (e.actor or e.target):
            wanted = [p for p in (e.actor, e.target) if p]
            case = latest_case([(d, x) for d, x in cases_of.get(key(wanted[0]), ())
                                if x.id not in closed and all(party_of(p, x) for p in wanted)
                                and day - d <= HORIZON])
            if case is not None:
                link(e, case)
                closed.add(case.id)
        if e.action in DECISIONS and e.target:
            decisions_against[key(e.target)].append((day, e))
        if e.action in SETTLEABLE:
            for p in {key(x) for x in (e.actor, e.target) if x}:
                cases_of[p].append((day, e))

    _statuses(events, dated, earlier_of, is_court, same)
    return follows


def _statuses(events: dict[str, Event], dated: list[tuple[dt.date, Event]], earlier_of: dict[str, list[str]],
              is_court: Callable[[str | None], bool], same: Callable[[str, str], bool]) -> None:
    order = {e.id: i for i, (_, e) in enumerate(dated)}
    later_of: dict[str, list[str]] = defaultdict(list)
    for later, earlier in earlier_of.items():
        for x in earlier:
            later_of[x].append(later)
    # connected components
    component: dict[str, str] = {}
    for _, e in dated:
        if e.id in component or not (earlier_of.get(e.id) or later_of.get(e.id)):
            continue
        stack, seen = [e.id], {e.id}
        while stack:
            x = stack.pop()
            for y in earlier_of.get(x, []) + later_of.get(x, []):
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        root = min(seen, key=lambda x: order[x])
        for x in seen:
            component[x] = root
    for _, e in dated:
        e.dispute = component.get(e.id)
        e.current_status = None
    for _, e in dated:
        if e.id in component and not earlier_of.get(e.id):
            e.current_status = _walk(e, events, later_of, order, is_court, same)
        elif e.id not in component and e.action in CASES:
            e.dispute, e.current_status = e.id, "pending"


def _walk(root: Event, events: dict[str, Event], later_of: dict[str, list[str]], order: dict[str, int],
          is_court: Callable[[str | None], bool], same: Callable[[str, str], bool]) -> str | None:
    """The status of a dispute from its original event, following the chain in date order."""
    side: dict[str, str] = {}
    if root.actor:
        side[root.actor] = "R"  # the original event's side
    if root.target:
        side[root.target] = "D"  # the side it was done to

    def side_of(x: str | None) -> str | None:
        if not x:
            return None
        for party, s in side.items():
            if same(party, x):
                return s
        return None

    status = "pending" if root.action in CASES else None
    reached, todo = set(), list(later_of.get(root.id, []))
    while todo:
        x = todo.pop()
        if x not in reached:
            reached.add(x)
            todo.extend(later_of.get(x, []))
    for x in sorted(reached, key=lambda i: order[i]):
        e = events[x]
        if e.action == "appeal":
            a, b = side_of(e.actor), side_of(e.target)
            if e.actor and a is None:
                a = side[e.actor] = ("R" if b == "D" else "D")
            if e.target and b is None:
                side[e.target] = "D" if a == "R" else "R"
            status = "pending"
        elif e.action in ("lawsuit", "complaint"):
            status = "pending"
        elif e.action == "ruling" and is_court(e.actor):
            against = side_of(e.target)
            if against == "D":
                status = "upheld"
            elif against == "R":
                status = "overturned"
        elif e.action == "settlement":
            status = "settled"
    return status

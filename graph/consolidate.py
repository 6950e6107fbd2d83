"""Event consolidation: every mention of one real-world event, across articles, becomes one Event.

Input: event mentions with resolved parties (:class:`Mention`). Output: groups
of mentions (:class:`Cluster`), one per real-world event.

How two mentions are judged the same event:

* **Same parties and action.** Mentions are compared within a block of the
  same action, actor and target (a settlement in either direction). A
  government office and the government it belongs to count as one party
  ("Texas sued" = "the Texas Attorney General sued"); two offices of one
  government do not, and companies never roll up ("a YouTube letter is not a
  Google letter").
* **Dates that can be the same day.** Each mention's date becomes an interval
  from its precision: a day (one day of slack either side for time zones and
  "on Monday"), an ISO week ("this week"), a month ("in May 2022"), a year
  ("last year"). Mentions whose intervals meet can be one event; mentions whose
  intervals do not meet cannot. Precise mentions are grouped first, coarse ones
  join the group their interval meets.
* **Implicit dates.** When the text gives no date the extractor reports the
  article's publication date. In the lead (headline or first event sentence)
  that means "just now": the event happened in the three days before
  publication. Elsewhere in the article it is a background mention ("Twitter,
  which sent a similar letter...", "San Francisco and Boston have banned..."):
  it joins the most recent earlier event of the block within five years. Legal
  processes (lawsuit, appeal, complaint, investigation) are referred to long
  after they start, so their implicit mentions are background even in the lead.
* **Amounts.** Two amounts in the same currency that differ by more than 3 %
  are two events (the CNIL's €20m fine and its €5.2m overdue penalty). A
  coarsely or implicitly dated mention whose amount equals an earlier event's
  amount is that event, even when its date does not fit (a wrongly attributed
  "last month").
* **Missing parties.** A mention without an actor or target ("Clearview was
  fined £7.5m") joins an event with that party filled when exactly one fits;
  parties named elsewhere in the same article are preferred.

Human judgements (``merge``, ``split``) are applied after consolidation by the
builder (:mod:`graph.build`).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

NEAR_DAYS = 3                    # "just now": an implicit lead date covers the three days before publication
HORIZON_DAYS = 5 * 366           # background mentions reach back at most five years
AMOUNT_TOLERANCE = 0.03          # relative difference under which two amounts are the same
PROCESS_ACTIONS = frozenset({"lawsuit", "appeal", "complaint", "investigation"})
SYMMETRIC_ACTIONS = frozenset({"settlement"})
PRECISION_RANK = {"day": 0, "week": 2, "month": 3, "year": 4}
FAR_PAST, FAR_FUTURE = dt.date(1, 1, 1).toordinal(), dt.date(9999, 12, 31).toordinal()


@dataclass
class Mention:
    """One extracted event mention, its parties resolved to entity ids."""

    key: str
    article: str
    action: str
    actor: str | None
    target: str | None
    date: dt.date | None
    precision: str | None
    published: dt.date | None
    lead: bool = True
    amount: float | None = None
    currency: str | None = None
    parties: frozenset[str] = frozenset()   # every party of the mention's article
    lead_parties: frozenset[str] = frozenset()  # the parties of the article's lead (what it is about)
    payload: object = None                  # the builder's own data (the raw extraction)

    @property
    def implicit(self) -> bool:
        """The date is missing or is only the publication date standing in for it."""
        if self.date is None:
            return True
        return self.published is not None and self.date == self.published and self.precision in (None, "day")

    @property
    def background(self) -> bool:
        """An implicit date that says nothing about when the event happened."""
        return self.implicit and (not self.lead or self.action in PROCESS_ACTIONS)

    def interval(self) -> tuple[int, int]:
        """Days (ordinals) the event can have happened on, per the mention alone."""
        if self.implicit:
            anchor = self.published or self.date
            if anchor is None:
                return FAR_PAST, FAR_FUTURE
            p = anchor.toordinal()
            return (p - HORIZON_DAYS, p + 1) if self.background else (p - NEAR_DAYS, p)
        return _interval(self.date, self.precision)

    def near(self) -> tuple[int, int]:
        """For an implicit date: the days just before publication."""
        anchor = self.published or self.date
        if anchor is None:
            return FAR_PAST, FAR_FUTURE
        return anchor.toordinal() - NEAR_DAYS, anchor.toordinal() + 1

    def anchor(self) -> tuple[int, int] | None:
        """The days this mention places its event on, if it places it at all: its own date, or for
        an implicit date in the lead the days before publication; a background mention places
        nothing."""
        if not self.implicit:
            return self.interval()
        if self.lead:
            return self.near()
        return None

    def rank(self) -> int:
        """How much the mention's date says: 0 explicit day ... 5 background."""
        if self.implicit:
            return 5 if self.background else 1
        return PRECISION_RANK.get(self.precision or "day", 0)


def _interval(day: dt.date, precision: str | None) -> tuple[int, int]:
    if precision == "year":
        lo, hi = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    elif precision == "month":
        nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        lo, hi = dt.date(day.year, day.month, 1), nxt - dt.timedelta(days=1)
    elif precision == "week":
        lo = day - dt.timedelta(days=day.weekday())
        hi = lo + dt.timedelta(days=6)
    else:
        lo = hi = day
    return lo.toordinal() - 1, hi.toordinal() + 1


def amounts_match(a: float | None, ca: str | None, b: float | None, cb: str | None) -> bool:
    """Same money: equal within 3 % in the same currency."""
    if a is None or b is None:
        return False
    if ca and cb and ca != cb:
        return False
    return abs(a - b) <= AMOUNT_TOLERANCE * max(abs(a), abs(b))


def amounts_conflict(a: float | None, ca: str | None, b: float | None, cb: str | None) -> bool:
    """Different money: both known, same currency, more than 3 % apart."""
    if a is None or b is None or (ca and cb and ca != cb):
        return False
    return not amounts_match(a, ca, b, cb)


@dataclass
class Cluster:
    """One real-world event: its mentions and what they agree on."""

    mentions: list[Mention] = field(default_factory=list)
    lo: int = FAR_PAST
    hi: int = FAR_FUTURE
    seq: int = 0
    primary: list[Mention] | None = None  # after a human merge: the mentions that define the event

    anchored: bool = False

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        anchor = m.anchor()
        if anchor is None:
            return
        if not self.anchored:
            self.lo, self.hi, self.anchored = anchor[0], anchor[1], True
        elif max(self.lo, anchor[0]) <= min(self.hi, anchor[1]):
            self.lo, self.hi = max(self.lo, anchor[0]), min(self.hi, anchor[1])
        # else the mention joined as a back-reference or by its amount: it does not move the event

    def span(self) -> tuple[int, int]:
        """The days the event can be on; for groups of background mentions only, the days around
        their latest publication."""
        if self.anchored:
            return self.lo, self.hi
        return max(m.near()[0] for m in self.mentions), max(m.near()[1] for m in self.mentions)

    def amounts(self) -> list[tuple[float, str | None]]:
        return [(m.amount, m.currency) for m in self.mentions if m.amount is not None]

    def amount_conflict(self, m: Mention) -> bool:
        return any(amounts_conflict(m.amount, m.currency, a, c) for a, c in self.amounts())

    def amount_match(self, m: Mention) -> bool:
        return any(amounts_match(m.amount, m.currency, a, c) for a, c in self.amounts())

    def actors(self) -> set[str | None]:
        return {m.actor for m in self.mentions}

    def targets(self) -> set[str | None]:
        return {m.target for m in self.mentions}

    def parties(self) -> set[str]:
        return {x for m in self.mentions for x in (m.actor, m.target) if x}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


class Consolidator:
    """Groups mentions into events.

    ``lineage(a, b)`` says whether two party ids may name the same party in
    one event (equal, or a government and its own office); ``block_party(x)``
    maps a party to its block key (a government office to its government).
    """

    def __init__(self, block_party: Callable[[str], str] | None = None,
                 lineage: Callable[[str, str], bool] | None = None):
        self.block_party = block_party or (lambda x: x)
        self.lineage = lineage or (lambda a, b: a == b)
        self._seq = 0

    # -- keys and compatibility -------------------------------------------------------
    def _block(self, m: Mention) -> tuple:
        a = self.block_party(m.actor) if m.actor else ""
        t = self.block_party(m.target) if m.target else ""
        if m.action in SYMMETRIC_ACTIONS:
            return (m.action,) + tuple(sorted((a, t)))
        return (m.action, a, t)

    def _parties_fit(self, c: Cluster, m: Mention, symmetric: bool) -> bool:
        def fits(values: set[str | None], x: str | None) -> bool:
            return x is None or all(v is None or self.lineage(v, x) for v in values)
        if fits(c.actors(), m.actor) and fits(c.targets(), m.target):
            return True
        if symmetric:
            return fits(c.targets(), m.actor) and fits(c.actors(), m.target)
        return False

    def _candidates(self, m: Mention, clusters: Iterable[Cluster]) -> list[Cluster]:
        """The clusters ``m`` can join, best first."""
        out = []
        symmetric = m.action in SYMMETRIC_ACTIONS
        for c in clusters:
            if not self._parties_fit(c, m, symmetric) or c.amount_conflict(m):
                continue
            if self._dates_fit(c, m):
                out.append(c)
        out.sort(key=lambda c: self._preference(c, m))
        return out

    @staticmethod
    def _preference(c: Cluster, m: Mention) -> tuple:
        """Best candidate first: same amount; for an implicit date, an event of the days just before
        publication, else the most recent; else the nearest date; then the best supported."""
        span = c.span()
        same_money = m.amount is not None and c.amount_match(m)
        if m.implicit:
            near = m.near()
            return (not same_money, not _overlap(span, near), -span[1], -len(c.mentions), c.seq)
        lo, hi = m.interval()
        centre = abs((span[0] + span[1]) - (lo + hi))
        return (not same_money, _gap(span, (lo, hi)), centre, -len(c.mentions), c.seq)

    def _dates_fit(self, c: Cluster, m: Mention) -> bool:
        span = c.span()
        if m.background:
            if c.anchored:  # a back-reference to an earlier (or same-time) event within the horizon
                lo, hi = m.interval()
                return span[0] <= hi and span[1] >= lo
            return _overlap(span, m.near())  # two undated mentions: only when reported at the same time
        if _overlap(span, m.interval()):
            return True
        # a coarse or implicit date with exactly the amount of an earlier event is that event
        if m.amount is not None and (m.implicit or (m.precision or "day") != "day") and c.amount_match(m):
            return span[0] <= m.interval()[1]
        return False

    def _new(self, clusters: list[Cluster], m: Mention) -> Cluster:
        self._seq += 1
        c = Cluster(seq=self._seq)
        c.add(m)
        clusters.append(c)
        return c

    # -- the two passes -----------------------------------------------------------------
    def cluster(self, mentions: Iterable[Mention]) -> list[Cluster]:
        mentions = list(mentions)
        blocks: dict[tuple, list[Mention]] = defaultdict(list)
        for m in mentions:
            blocks[self._block(m)].append(m)
        by_block: dict[tuple, list[Cluster]] = {}
        for key in sorted(blocks, key=lambda k: tuple(str(x) for x in k)):
            by_block[key] = self._cluster_block(blocks[key])
        # pass 2: mentions missing a party join a unique event that has it
        full = [c for key, cs in by_block.items() if all(key[1:]) for c in cs]
        # full events by (action, party key): a mention missing its target looks among the events of its
        # actor, one missing its actor among those of its target
        index: dict[tuple[str, str], list[Cluster]] = defaultdict(list)
        for key, clusters in by_block.items():
            if all(key[1:]):
                for party in set(key[1:]):
                    index[(key[0], party)].extend(clusters)
        out = list(full)
        for key, clusters in by_block.items():
            if all(key[1:]):
                continue
            named = next((x for x in key[1:] if x), None)
            pool = index.get((key[0], named), []) if named else []
            leftovers: list[Mention] = []
            for c in clusters:
                for m in c.mentions:
                    home = self._partial_home(m, pool)
                    if home is None:
                        leftovers.append(m)
                    else:
                        home.add(m)
            out.extend(self._cluster_block(leftovers))
        return out

    def _order(self, m: Mention):
        lo, hi = m.interval()
        return (m.background, m.rank(), hi - lo, m.date or dt.date.min, m.published or dt.date.min, m.key)

    def _cluster_block(self, mentions: list[Mention]) -> list[Cluster]:
        clusters: list[Cluster] = []
        for m in sorted(mentions, key=self._order):
            candidates = self._candidates(m, clusters)
            if candidates:
                candidates[0].add(m)
            else:
                self._new(clusters, m)
        return clusters

    def _partial_home(self, m: Mention, clusters: list[Cluster]) -> Cluster | None:
        """The one event with the missing party that this mention can be, or None.

        Candidates are ranked (same amount; for an implicit date, reported at the same time); among
        the best, parties of the article's lead are preferred, then parties named anywhere in the
        article; a back-reference takes the most recent of what is left, any other mention needs a
        single candidate."""
        candidates = [c for c in self._candidates(m, clusters) if self._fills(c, m)]
        if not candidates:
            return None
        tier = [c for c in candidates if self._preference(c, m)[:2] == self._preference(candidates[0], m)[:2]]
        in_lead = [c for c in tier if self._missing_party(c, m) & m.lead_parties]
        in_article = [c for c in tier if self._missing_party(c, m) & m.parties]
        pool = in_lead or in_article or tier
        if len(pool) == 1 or m.background:
            return pool[0]
        return None

    def _fills(self, c: Cluster, m: Mention) -> bool:
        return bool(self._missing_party(c, m))

    @staticmethod
    def _missing_party(c: Cluster, m: Mention) -> set[str]:
        if m.action in SYMMETRIC_ACTIONS:
            return c.parties() - {m.actor, m.target}
        if m.actor is None and m.target is None:
            return set()
        if m.actor is None:
            return {x for x in c.actors() if x}
        return {x for x in c.targets() if x}


# -- what an event says, from its mentions -------------------------------------------------
def representative(c: Cluster) -> Mention:
    """The mention whose date best places the event: most precise, most common date, earliest."""
    span = c.span()

    def rank(m: Mention) -> int:
        # an implicit lead date of a legal process dates the event only if it fits the other mentions
        if m.implicit and m.lead and m.background:
            return 1 if _overlap(m.near(), span) else 5
        return m.rank()
    best = min(rank(m) for m in c.mentions)
    top = [m for m in c.mentions if rank(m) == best]
    dates = Counter((m.date, m.precision) for m in top)
    return min(top, key=lambda m: (-dates[(m.date, m.precision)], m.date or dt.date.max, m.key))


def window(m: Mention) -> str:
    """The event's date at the precision it is known: 2022-05-23, 2020-W06, 2022-05, 2022."""
    if m.date is None:
        return ""
    if m.implicit or (m.precision or "day") == "day":
        return m.date.isoformat()
    if m.precision == "week":
        year, week, _ = m.date.isocalendar()
        return f"{year}-W{week:02d}"
    if m.precision == "month":
        return m.date.isoformat()[:7]
    return m.date.isoformat()[:4]


def amount(c: Cluster) -> tuple[float | None, str | None]:
    """The most precisely stated amount (most significant digits) of the majority currency."""
    amounts = c.amounts()
    if not amounts:
        return None, None
    currencies = Counter(cur for _, cur in amounts if cur)
    currency = currencies.most_common(1)[0][0] if currencies else None
    pool = [a for a, cur in amounts if cur == currency] or [a for a, _ in amounts]

    def digits(x: float) -> int:
        return len(f"{x:.2f}".rstrip("0").rstrip(".").replace(".", "").strip("0"))
    return max(pool, key=lambda x: (digits(x), x)), currency


def parties(c: Cluster, depth: Callable[[str], int]) -> tuple[str | None, str | None]:
    """Actor and target: the most specific named party of each role; for a settlement (either
    direction) the two parties named most, in the direction most mentions give."""
    def pick(values: list[str | None], exclude: str | None = None) -> str | None:
        counts = Counter(v for v in values if v and v != exclude)
        if not counts:
            return None
        return max(counts, key=lambda v: (depth(v), counts[v], v))

    if c.mentions[0].action not in SYMMETRIC_ACTIONS:
        return pick([m.actor for m in c.mentions]), pick([m.target for m in c.mentions])
    counts = Counter(x for m in c.mentions for x in (m.actor, m.target) if x)
    if not counts:
        return None, None
    ranked = sorted(counts, key=lambda v: (-counts[v], -depth(v), v))
    first, second = ranked[0], (ranked[1] if len(ranked) > 1 else None)
    as_actor = sum(1 for m in c.mentions if m.actor == first) + sum(1 for m in c.mentions if m.target == second
                                                                       and second is not None)
    as_target = sum(1 for m in c.mentions if m.target == first) + sum(1 for m in c.mentions if m.actor == second
                                                                         and second is not None)
    return (first, second) if as_actor >= as_target else (second, first)

"""The action vocabulary as the graph sees it: slugs, labels, edge names and summaries.

Read from ``data/actions.toml`` (the same file the extractor uses), so a new
action type is a data change for every store.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache

from ..data import path as data_path


@lru_cache(maxsize=1)
def actions() -> dict[str, dict]:
    with data_path("actions.toml").open("rb") as handle:
        return tomllib.load(handle)["actions"]


def edge_label(action: str) -> str:
    """The typed direct edge for an action: ``cease_and_desist`` -> ``CEASE_AND_DESIST``."""
    if action not in actions():
        raise KeyError(f"unknown action {action!r}")
    return action.upper()


def summary(action: str, actor: str | None, target: str | None, amount: float | None = None,
            currency: str | None = None) -> str:
    """A one-line summary from the action's template."""
    spec = actions()[action]
    template = spec.get("summary") or "{actor} -> " + spec.get("label", action) + " -> {target}"
    money = f" ({currency} {amount:,.0f})" if amount is not None and currency else ""
    text = template.format(actor=actor or "someone", target=target or "unnamed party")
    return text + money

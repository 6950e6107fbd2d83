"""Inline SVG pictures for self-contained HTML: a timeline chart and a party network.

Deterministic (same input, same SVG), no JavaScript needed to draw, no network.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
from html import escape

ACTION_COLOURS = {
    "fine": "#d62728", "lawsuit": "#9467bd", "ruling": "#8c564b", "appeal": "#e377c2",
    "settlement": "#17becf", "order": "#ff7f0e", "ban": "#b8860b", "cease_and_desist": "#1f77b4",
    "investigation": "#2ca02c", "complaint": "#7f7f7f", "contract": "#006d5b", "criticism": "#bcbd22",
    "data_collection": "#393b79", "withdrawal": "#a55194",
}
KIND_COLOURS = {
    "company": "#4e79a7", "platform": "#f28e2b", "regulator": "#e15759", "court": "#76b7b2",
    "police": "#59a14f", "government": "#edc948", "advocacy": "#b07aa1", "person": "#ff9da7",
}
_FALLBACK = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f"]


def _hashed(value: str) -> str:
    return _FALLBACK[int(hashlib.sha1(value.encode()).hexdigest(), 16) % len(_FALLBACK)]


def action_colour(action: str) -> str:
    return ACTION_COLOURS.get(action) or _hashed(action or "")


def kind_colour(kind: str | None) -> str:
    return KIND_COLOURS.get(kind or "") or _hashed(kind or "")


def _day(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def timeline_svg(items: list[dict], start: dt.date | None = None, end: dt.date | None = None,
                 width: int = 960) -> str:
    """A swimlane chart: one lane per action, one dot per event at its date.

    ``items``: dicts with ``date``, ``action`` and ``label`` (the tooltip).
    """
    dated = [(d, it) for it in items if (d := _day(it.get("date"))) is not None]
    if not dated:
        return ('<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" width="%d" height="40" role="img">'
                '<text x="10" y="25" font-size="13" fill="#555">no dated events</text></svg>' % width)
    start = start or min(d for d, _ in dated)
    end = end or max(d for d, _ in dated)
    if end <= start:
        end = start + dt.timedelta(days=1)
    actions = sorted({it["action"] for _, it in dated})
    left, right, top, lane = 150, 20, 20, 26
    height = top + lane * len(actions) + 40
    span = (end - start).days or 1
    plot = width - left - right

    def x(day: dt.date) -> float:
        return left + plot * (day - start).days / span

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart timeline" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="timeline of events">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="#fbfbfd"/>']
    for i, action in enumerate(actions):
        y = top + lane * i + lane / 2
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e3e3ea"/>')
        out.append(f'<text x="{left - 8}" y="{y + 4:.1f}" font-size="12" text-anchor="end" fill="#333">'
                   f'{escape(action)}</text>')
    axis_y = top + lane * len(actions) + 6
    out.append(f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#888"/>')
    ticks = _ticks(start, end)
    for tick, label in ticks:
        tx = x(tick)
        out.append(f'<line x1="{tx:.1f}" y1="{axis_y}" x2="{tx:.1f}" y2="{axis_y + 5}" stroke="#888"/>')
        out.append(f'<text x="{tx:.1f}" y="{axis_y + 18}" font-size="11" text-anchor="middle" fill="#555">'
                   f'{escape(label)}</text>')
    seen: dict[tuple, int] = {}
    for day, it in sorted(dated, key=lambda p: (p[0], p[1]["action"], p[1].get("label", ""))):
        lane_i = actions.index(it["action"])
        stack = seen.get((day, lane_i), 0)
        seen[(day, lane_i)] = stack + 1
        cx = x(day) + 4 * stack
        cy = top + lane * lane_i + lane / 2
        out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="{action_colour(it["action"])}" '
                   f'stroke="#fff" stroke-width="1.5"><title>{escape(day.isoformat())}: '
                   f'{escape(str(it.get("label") or it["action"]))}</title></circle>')
    out.append("</svg>")
    return "\n".join(out)


def _ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    days = (end - start).days
    if days <= 14:
        return [(start + dt.timedelta(days=i), (start + dt.timedelta(days=i)).strftime("%a %d"))
                for i in range(days + 1)]
    if days <= 800:
        out, day = [], dt.date(start.year, start.month, 1)
        step = 1 if days <= 200 else 3
        while day <= end:
            if day >= start:
                out.append((day, day.strftime("%b %Y")))
            month = day.month - 1 + step
            day = dt.date(day.year + month // 12, month % 12 + 1, 1)
        return out
    return [(dt.date(y, 1, 1), str(y)) for y in range(start.year, end.year + 1) if dt.date(y, 1, 1) >= start]


def network_svg(focus: str, nodes: dict[str, dict], edges: list[dict], width: int = 960,
                height: int = 720) -> str:
    """The party ``focus`` in the middle, its counterparts on a circle, one labelled arrow per
    (actor, target, action). ``nodes``: id -> {name, kind}; ``edges``: dicts with ``actor_id``,
    ``target_id``, ``action``, ``count``."""
    cx, cy = width / 2, height / 2
    radius = min(width, height) / 2 - 110
    others = sorted((n for n in nodes if n != focus), key=lambda n: (nodes[n].get("kind") or "", nodes[n]["name"]))
    pos = {focus: (cx, cy)}
    for i, node in enumerate(others):
        angle = -math.pi / 2 + 2 * math.pi * i / max(len(others), 1)
        pos[node] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart network" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="network of parties">',
           f'<rect x="0" y="0" width="{width}" height="{height}" fill="#fbfbfd"/>',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#666"/></marker></defs>']
    pair_index: dict[frozenset, int] = {}
    for e in sorted(edges, key=lambda e: (e["actor_id"], e["target_id"], e["action"])):
        a, b = e["actor_id"], e["target_id"]
        if a not in pos or b not in pos or a == b:
            continue
        key = frozenset((a, b))
        k = pair_index.get(key, 0)
        pair_index[key] = k + 1
        (x1, y1), (x2, y2) = pos[a], pos[b]
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1
        # shorten to the node circles, bend parallel edges apart
        sx, sy = x1 + dx / dist * 16, y1 + dy / dist * 16
        ex, ey = x2 - dx / dist * 16, y2 - dy / dist * 16
        sign = 1 if a < b else -1
        bend = sign * (18 + 22 * k)
        mx, my = (sx + ex) / 2 - dy / dist * bend, (sy + ey) / 2 + dx / dist * bend
        colour = action_colour(e["action"])
        label = e["action"] + (f" \u00d7{e['count']}" if e.get("count", 1) > 1 else "")
        out.append(f'<path d="M {sx:.1f} {sy:.1f} Q {mx:.1f} {my:.1f} {ex:.1f} {ey:.1f}" fill="none" '
                   f'stroke="{colour}" stroke-width="1.8" marker-end="url(#arrow)"><title>'
                   f'{escape(nodes[a]["name"])} \u2192 {escape(label)} \u2192 {escape(nodes[b]["name"])}</title></path>')
        t = 0.68 if a == focus else (0.32 if b == focus else 0.5)  # labels away from the crowded middle
        lx = (1 - t) ** 2 * sx + 2 * (1 - t) * t * mx + t * t * ex
        ly = (1 - t) ** 2 * sy + 2 * (1 - t) * t * my + t * t * ey
        out.append(f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="10" text-anchor="middle" fill="{colour}" '
                   f'paint-order="stroke" stroke="#fbfbfd" stroke-width="3">{escape(label)}</text>')
    for node, (x, y) in pos.items():
        info = nodes[node]
        r = 14 if node == focus else 10
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{kind_colour(info.get("kind"))}" '
                   f'stroke="#333" stroke-width="1"><title>{escape(info["name"])} ({escape(info.get("kind") or "?")})'
                   f'</title></circle>')
        anchor = "middle" if abs(x - cx) < 40 else ("start" if x > cx else "end")
        tx = x + (0 if anchor == "middle" else (16 if anchor == "start" else -16))
        ty = y + (r + 14 if anchor == "middle" and y >= cy else (-r - 6 if anchor == "middle" else 4))
        weight = "bold" if node == focus else "normal"
        out.append(f'<text x="{tx:.1f}" y="{ty:.1f}" font-size="12" font-weight="{weight}" text-anchor="{anchor}" '
                   f'fill="#222">{escape(info["name"])}</text>')
    kinds = sorted({nodes[n].get("kind") or "?" for n in pos})
    for i, kind in enumerate(kinds):
        out.append(f'<circle cx="20" cy="{20 + 18 * i}" r="6" fill="{kind_colour(kind)}"/>'
                   f'<text x="32" y="{24 + 18 * i}" font-size="11" fill="#333">{escape(kind)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def legend_html(actions: list[str]) -> str:
    return " ".join(f'<span class="key"><i style="background:{action_colour(a)}"></i>{escape(a)}</span>'
                    for a in sorted(set(actions)))

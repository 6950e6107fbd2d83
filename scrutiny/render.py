"""Rendering of query results for the terminal and for scripts: rich tables, JSON, CSV."""
from __future__ import annotations

import csv
import io
import json

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "csv")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def rows_table(columns: list[str], rows: list[list], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    return table


def rows_json(columns: list[str], rows: list[list]) -> str:
    return json.dumps([dict(zip(columns, row)) for row in rows], indent=2, ensure_ascii=False, default=str)


def rows_csv(columns: list[str], rows: list[list]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()


def emit(console: Console, columns: list[str], rows: list[list], fmt: str = "table", title: str | None = None) -> None:
    """Print rows in the requested format (JSON and CSV go out unstyled, for scripts)."""
    if fmt == "json":
        console.out(rows_json(columns, rows), highlight=False)
    elif fmt == "csv":
        console.out(rows_csv(columns, rows), highlight=False, end="")
    elif fmt == "table":
        console.print(rows_table(columns, rows, title))
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")

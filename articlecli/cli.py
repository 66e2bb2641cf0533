"""The command line: `articlecli parse|show|export`. No parsing logic lives here."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from . import __version__
from .parse import ParseOptions
from .sources import iter_sources, process

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def dumps(obj: Any, *, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="articlecli")
def cli() -> None:
    """Turn the raw text of news articles into structured data."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON: one object, or an array for several inputs.")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one JSON object per line, streamed.")
def parse(paths: tuple[str, ...], as_json: bool, as_jsonl: bool) -> None:
    """Parse articles and print their structure.

    \b
    Example:
        articlecli parse story.txt --json | jq .headline
    """
    options = ParseOptions()
    records = [rec for ref in iter_sources(paths) for rec in process(ref, options)]
    failed = 0
    for rec in records:
        if "error" in rec:
            failed += 1
            click.echo(f"articlecli: {rec['source']['path'] or '<stdin>'}: {rec['error']}", err=True)
    good = [r for r in records if "error" not in r]
    if as_jsonl:
        for rec in records:
            click.echo(dumps(rec))
    elif as_json:
        click.echo(dumps(good[0] if len(paths) == 1 and len(good) == 1 else good, indent=2))
    else:
        for rec in good:
            click.echo(f"{rec['source']['path']}: {rec['headline']!r} by {[a['name'] for a in rec['authors']]}")
    if failed:
        sys.exit(1)

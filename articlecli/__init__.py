"""articlecli: turn the raw text of a news article into structured data.

>>> from articlecli import parse
>>> article = parse("Headline here\\n\\nBy Jane Doe\\n\\nThe first paragraph of the story, which says something.")
"""

from __future__ import annotations

# (typing's own flag, spelled out: importing `typing` here would load it, and `re` with it, before the command
# pauses the cyclic collector, which then walks their objects again and again: 3M instructions of every start)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .model import Article, ArticleParseError, DocumentError
    from .pipeline import ParseOptions, parse, parse_all

__all__ = ["Article", "ArticleParseError", "DocumentError", "ParseOptions", "__version__", "parse", "parse_all"]
__version__ = "0.1.0"

_FROM_MODEL = frozenset({"Article", "ArticleParseError", "DocumentError"})
_FROM_PIPELINE = frozenset({"ParseOptions", "parse", "parse_all"})


def __getattr__(name: str) -> Any:
    """The public names, loaded on first use: importing the package alone loads no parser module,
    so that the `articlecli` command (`__main__.py`) loads them with the cyclic collector paused."""
    if name in _FROM_MODEL:
        from . import model as module
    elif name in _FROM_PIPELINE:
        from . import pipeline as module  # type: ignore[no-redef]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(module, name)
    globals()[name] = value
    return value

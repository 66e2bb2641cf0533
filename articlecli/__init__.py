"""articlecli: turn the raw text of a news article into structured data.

>>> from articlecli import parse
>>> article = parse("Headline here\\n\\nBy Jane Doe\\n\\nThe first paragraph of the story, which says something.")
"""

from __future__ import annotations

from .model import Article, ArticleParseError, DocumentError
from .pipeline import ParseOptions, parse, parse_all

__all__ = ["Article", "ArticleParseError", "DocumentError", "ParseOptions", "__version__", "parse", "parse_all"]
__version__ = "0.1.0"

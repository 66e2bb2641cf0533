"""articlecli: turn the raw text of a news article into structured data.

>>> from articlecli import parse
>>> article = parse("Headline here\\n\\nBy Jane Doe\\n\\nThe first paragraph of the story, which says something.")
"""

from __future__ import annotations

from .model import Article, ArticleParseError
from .parse import ParseOptions, parse

__all__ = ["Article", "ArticleParseError", "ParseOptions", "__version__", "parse"]
__version__ = "0.1.0"

"""Names that vulture (`make lint`) reports as unused, each with the reason it stays.

vulture reads this file as code that uses the names; tests/test_lint.py runs it, so an entry whose
name has gone fails there and is removed with it. An entry marked TODO is dead code in a module
another area owns, kept here until that area removes it.
"""

from __future__ import annotations

from articlecli import __main__, cli, dask, model
from articlecli.classify import explain_fields, explain_span, quote_rules

# Called by Click, not by the package: a parameter type's conversion.
cli.DateTime.convert

# Called by Click: how a group finds and lists its commands (`cli._Group` builds them when asked for).
cli._Group.get_command
cli._Group.list_commands

# Called by the command group (`cli._Group.later`) when their command is first asked for.
cli._show
cli._export
cli._schema

# The library API of the `dask` extra (README, Large archives): called by its users and tests/test_dask.py.
dask.read_articles
dask.to_dataframe

# The records' NamedTuple interface (model.Record), which their users may call.
model.Article._asdict

# Set, not read, by the command: a stand-in module turned into the real module's plain kind once that is loaded.
__main__._StandIn.__class__

# The quote reader's and the mention resolver's rules with their examples: tests/test_quote_rules.py runs each, and
# fails when the source names a rule the tables do not hold (`explain.quotes` prints the names).
quote_rules.QUOTE_RULES
quote_rules.MENTION_RULES
quote_rules.QuoteRule.decides

# The steps of the story's span with their examples: tests/test_explain_more.py runs each (`explain.span` prints them).
explain_span.SPAN_STEPS
explain_span.SpanStep.decides

# Why a date became the published or updated one, with examples: tests/test_explain_more.py runs each.
explain_fields.DATE_RULES
explain_fields.DateRule.decides

"""Optional extras: importing what an extra installs, or one line saying which extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtra(ImportError):
    """A feature needs a package of an optional extra that is not installed."""

    def __init__(self, feature: str, reason: str) -> None:
        super().__init__(f"{feature} {reason}")
        self.feature = feature  # what was asked for: "-f parquet", "--scheduler"
        self.reason = reason  # "needs pyarrow: pip install 'articlecli[parquet]'"


def need(module: str, extra: str, feature: str) -> ModuleType:
    """Import `module`, or raise MissingExtra naming the extra that installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        top = module.split(".")[0]
        raise MissingExtra(feature, f"needs {top}: pip install 'articlecli[{extra}]'") from None

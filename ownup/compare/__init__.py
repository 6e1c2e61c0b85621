"""The compare engine: every difference between an approved proof and the file that goes out.

from ownup.compare import compare, CompareOptions
report = compare("approved.pdf", "final.pdf", CompareOptions(dpi=150))
report.to_json_dict()
"""

from ownup.compare.engine import compare
from ownup.compare.model import (
    DEFAULT_COLOR_THRESHOLD,
    DEFAULT_DPI,
    Change,
    CompareInputError,
    CompareOptions,
    DocumentInfo,
    IgnoreRegion,
    PageResult,
    Report,
)

__all__ = [
    "DEFAULT_COLOR_THRESHOLD",
    "DEFAULT_DPI",
    "Change",
    "CompareInputError",
    "CompareOptions",
    "DocumentInfo",
    "IgnoreRegion",
    "PageResult",
    "Report",
    "compare",
]

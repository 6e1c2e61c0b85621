"""French rules (placeholder filled below)."""
from .common import Analysis
def analyse(draft: str) -> Analysis:
    return Analysis()

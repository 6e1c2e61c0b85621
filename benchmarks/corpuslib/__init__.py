"""Building blocks of the compare-engine benchmark corpus (see generate_corpus.py)."""

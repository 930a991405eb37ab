"""A corpus of real regional trade paragraphs, rewritten in our own words, for the reader.

See ``tests/corpus/README.md`` and :mod:`tests.corpus.model`.
"""

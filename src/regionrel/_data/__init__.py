"""Reference data of the gazetteer, as Python data: dated and sourced; no I/O."""

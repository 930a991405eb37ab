"""Hypothesis strategies for the domain classes, one module per area."""

"""Tests of regionrel."""

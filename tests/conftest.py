"""Hypothesis profiles for the whole suite.

``default`` is Hypothesis's own defaults without its two timed checks (the
per-example deadline and the too-slow health check), used by ``make test``: CI
shares two cores with other jobs, and a timed test flakes there (speed is
measured by ``make bench`` instead). ``fuzz`` is the
slow profile of ``make fuzz``: tests/test_fuzz.py reads the profile's name and
gives each of its tests enough examples that they sum to at least 200,000. Pick a
profile with the environment variable ``HYPOTHESIS_PROFILE`` or Hypothesis's own
pytest option ``--hypothesis-profile=fuzz``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fuzz",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
# ``make mutation``: every mutant must meet the same examples, so a verdict never
# depends on luck; fewer of them keep the run within hours on two cores.
settings.register_profile(
    "mutation",
    derandomize=True,
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

"""Settings of the fuzz tests: hypothesis profiles, and a workspace to copy for each example.

``HYPOTHESIS_PROFILE=thorough`` runs many more examples by hand; CI (``CI=true``) uses ``ci``, which is
derandomised so that a run on a submission is reproducible and keeps no example database."""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("default", max_examples=150, **_COMMON)
settings.register_profile("ci", max_examples=150, derandomize=True, database=None, **_COMMON)
settings.register_profile("thorough", max_examples=3000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default"))

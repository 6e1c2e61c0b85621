"""Settings for the whole suite: Django is configured for every test run (the web tests need
it; the library tests ignore it), and all data goes to a throw-away directory, never var/."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ownup.web.settings")
if "OWNUP_DATA_DIR" not in os.environ:
    _data_dir = tempfile.mkdtemp(prefix="ownup-test-data-")
    os.environ["OWNUP_DATA_DIR"] = _data_dir
    atexit.register(shutil.rmtree, _data_dir, ignore_errors=True)
# A fixed key, so the settings never write one into the data directory during tests.
os.environ.setdefault("OWNUP_SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")

# pytest-django reads DJANGO_SETTINGS_MODULE before this file loads (the project keeps its
# pytest options in pyproject.toml, owned elsewhere), so Django is set up here explicitly.
import django

django.setup()

"""WSGI entry point for gunicorn: ``gunicorn ownup.web.wsgi``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ownup.web.settings")
application = get_wsgi_application()

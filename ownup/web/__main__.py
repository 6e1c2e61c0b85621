"""``python -m ownup.web <command>``: Django's manage.py for this project."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ownup.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line([*sys.argv[:1], *sys.argv[1:]] if sys.argv else ["ownup.web"])


if __name__ == "__main__":
    main()

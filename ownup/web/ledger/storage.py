"""Reading stored files as local paths, whatever the storage (local disk or S3)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db.models.fields.files import FieldFile


@contextmanager
def local_path(field_file: FieldFile) -> Iterator[Path]:
    """A path to the file's bytes: the file itself on local disk, else a temporary copy."""
    try:
        yield Path(field_file.path)
        return
    except NotImplementedError:
        pass
    suffix = Path(field_file.name).suffix
    with tempfile.NamedTemporaryFile(prefix="ownup-", suffix=suffix) as temporary:
        with field_file.open("rb") as source:
            shutil.copyfileobj(source, temporary)
        temporary.flush()
        yield Path(temporary.name)

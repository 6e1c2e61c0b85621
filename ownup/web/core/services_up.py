"""Exit 0 when PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) accept connections."""

import socket
import sys

missing = []
for name, port in (("PostgreSQL", 5432), ("Redis", 6379)):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except OSError:
        missing.append(f"{name} (127.0.0.1:{port})")
if missing:
    print("not reachable: " + ", ".join(missing), file=sys.stderr)
    sys.exit(1)

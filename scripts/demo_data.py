"""Fill a demo post store with a few thousand plausible synthetic crossings (never real people).

Usage: ``python scripts/demo_data.py --store /tmp/demo/post.db --travellers 2000``; logins are the
demo's (``midas_desktop.services.demo.DEMO_USERS``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from midas_desktop.services.demo import DEMO_USERS, create_demo_store  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--travellers", type=int, default=2000)
    args = parser.parse_args()
    start = time.perf_counter()
    create_demo_store(args.store, args.travellers)
    print(f"demo store {args.store} filled in {time.perf_counter() - start:.0f} s")
    print("logins: " + ", ".join(f"{user} / {password}" for user, password in DEMO_USERS.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Rebuild the Leningrad Region's 2018 foreign economic relations from the seed text.

Run with ``make demo``.
"""

from __future__ import annotations

import regionrel


def main() -> None:
    print(f"regionrel {regionrel.__version__}")


if __name__ == "__main__":
    main()

"""Helper process for the key crash tests; killed with SIGKILL at random moments.

Usage:
    python rekey_writer.py convert JOURNAL PASSWORD   encrypt the plain journal, print "done"
    python rekey_writer.py rekey JOURNAL A B          change the password A -> B -> A ... forever,
                                                      printing each password once it is in force
Prints "ready" once its imports are done.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_blog.security.conversion import encrypt_plain_journal
from desktop_blog.security.unlock import change_password


def main() -> None:
    mode, journal = sys.argv[1], Path(sys.argv[2])
    print("ready", flush=True)
    if mode == "convert":
        encrypt_plain_journal(journal, sys.argv[3])
        print("done", flush=True)
        return
    current, other = sys.argv[3], sys.argv[4]
    while True:
        change_password(journal, current, other)
        print(other, flush=True)
        current, other = other, current


if __name__ == "__main__":
    main()

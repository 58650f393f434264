"""``python -m locales stale [LANG...]`` lists stale translations; ``python -m locales record LANG [ID...]``
records that LANG's messages (all, or the ids given) were translated from the current English text."""

from __future__ import annotations

import sys

from locales.inventory import english_hashes, read_record, stale_messages, translation_languages, write_record


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"stale", "record"}:
        print(__doc__)
        return 2
    if argv[0] == "stale":
        languages = argv[1:] or translation_languages()
        found = 0
        for language in languages:
            for message_id in stale_messages(language):
                print(f"{language}\t{message_id}")
                found += 1
        print(f"{found} stale translation(s)", file=sys.stderr)
        return 1 if found else 0
    if len(argv) < 2:
        print("record needs a language", file=sys.stderr)
        return 2
    language, ids = argv[1], argv[2:]
    current = english_hashes()
    record = read_record(language)
    for message_id in ids or list(current):
        if message_id in current:
            record[message_id] = current[message_id]
    write_record(language, record)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

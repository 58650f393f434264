"""The suite-wide leak check (conftest.py ``nothing_personal_anywhere``) finds what it must and only that:
log lines carry timestamps, update ids and port numbers, which are digits too."""

from __future__ import annotations

from .conftest import PrivacyLedger

LOG = """2026-12-03 09:15:00,053 INFO telegram.ext.Application: Application started
2026-12-03 09:15:01,530 INFO httpx: listening on 127.0.0.1:45317 (pid 53053)
2026-12-03 09:15:02,612 ERROR bot.telegram_adapter.application: error while handling update 1000053: Forbidden
2026-12-03 09:15:03,000 INFO bot: purged 12 idle sessions, 1,053 kept, version 0.53
"""


def _ledger(log: str, public: str = "") -> PrivacyLedger:
    ledger = PrivacyLedger(typed={"53", "612345", "2020-05", "Beijing"}, public_input={"Beijing"},
                           names={"Ivan"}, secrets={"123456789:AAsecretsecret"}, with_harness_records=False)
    ledger.bot_output.append(("bot1", log))
    if public:
        ledger.public_output.append(("chat -100", public))
    return ledger


def test_digits_of_timestamps_ids_ports_and_other_numbers_are_no_leak() -> None:
    assert _ledger(LOG, public="Beijing: 143,244 yuan (2024)").findings() == []


def test_a_typed_value_a_name_or_a_secret_in_a_log_line_is_found() -> None:
    for line, kind in (("age 53, next question", "a value typed in private (a number)"),
                       ("salary=612345", "a value typed in private (a number)"),
                       ("started 2020-05.", "a value typed in private (a date)"),
                       ("greeting Ivan", "a person's name"),
                       ("GET /bot123456789:AAsecretsecret/getMe", "a secret"),
                       ("token part AAsecretsecret", "a secret")):
        findings = _ledger(LOG + f"2026-12-03 09:15:04,000 INFO bot: {line}\n").findings()
        assert findings and findings[0].startswith(kind), (line, findings)
        assert not any(value in " ".join(findings) for value in ("53", "612345", "Ivan", "AAsecret"))


def test_a_typed_value_in_a_group_message_is_found() -> None:
    assert _ledger(LOG, public="Your salary of 612345 yuan").findings() == [
        "a value typed in private in a message to chat -100"]

"""A seeded fuzzer of Telegram updates, sent through the bot's real code path (issue #13, item 2).

``python -m tests.fuzz --updates 100000 --seed N`` runs it; ``tests/fuzz/test_fuzz.py`` runs a few
thousand updates in the normal suite, and shows that each invariant can fail.

The code path: the real ``Application`` of ``bot.telegram_adapter.application.build_application``,
in-process, polling ``getUpdates`` from the fake Bot API server (``tests/fake_telegram``) with PTB's own
``Updater``, exactly as ``python -m bot`` does; every reply goes back to that server over HTTP. Only
two things differ from the real process, both measured and chosen:

* **In-process, not ``python -m bot`` in a subprocess.** Measured on this 2-core machine (3,000 updates
  from 300 people): the subprocess handles 27 updates a second, because the bot's ``AIORateLimiter``
  holds it to Telegram's 30 messages a second, as it must in production; 100,000 updates would take
  over an hour, and more for group replies (20 a minute per group). In-process, the Application takes a
  rate limiter without a rate (``build_application(rate_limiter=...)``; its retry-after handling stays),
  and, above all, the runner knows exactly when a batch is finished: once the fake server holds no
  unconfirmed update, ``application.update_queue.join()`` returns when every update of the batch went
  through the handlers, including the per-person ``FairUpdateProcessor``. No sleeping, no "quiet for
  0.3 s" guesses, errors tied to the update that caused them, and a run that a seed reproduces.
  Measured: 225-300 updates a second in-process (100,000 in 5.5-7.5 minutes), against 27 for the
  subprocess.
* **A fresh fake server every few thousand updates** (an "epoch": the bot restarts over the same
  database, as a deploy does), because the fake server keeps every request and message it saw.

Invariants (tests/fuzz/invariants.py), checked after every batch: no exception reaches the error
handler and nothing is logged at ERROR or with a traceback; every stored session loads as a
``UserRecord``, its answers pass the engine's own parsers and bounds, and the engine can place it in
the flow; every callback query is answered; nothing sent to a group or channel contains a value
typed in a private chat. A failure names the invariant, the seed and the offending update's index,
never what was typed.
"""

from .runner import Failure, FuzzReport, FuzzRun, run_fuzz

__all__ = ["Failure", "FuzzReport", "FuzzRun", "run_fuzz"]

"""Three webhook workers on one PostgreSQL database behind nginx, one of them killed and restarted.

nginx runs the README's ``workers`` block as written (round robin over three upstreams, the next one on
error), in front of three real ``python -m bot`` processes; the fake Telegram posts every update to nginx
and, like Telegram, retries a delivery that fails. Twenty people go through the interview at once while
one worker is killed with SIGKILL and started again. Every interview must reach the right verdict, and
each person's stored answers must be exactly their own, each once, in the interview's order: an update
lost, applied twice or out of order would show there. No timing is asserted: the waits are bounds.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import re
from pathlib import Path

from tests.fake_telegram import FakeTelegramServer

from .harness import BotProcess, free_port, parse_answers
from .nginx import nginx_serving, readme_block
from .people import ANSWER_BOUND, TYPED, Person

PEOPLE = 20
SECRET = "workers_test_secret"
README_PORTS = ("127.0.0.1:8443", "127.0.0.1:8444", "127.0.0.1:8445")


async def stored_answers(person: Person) -> list[str]:
    mark = person.server.mark()
    person.server.user_sends_command(person.user, person.chat, "answers")  # type: ignore[arg-type]
    listing = await person.server.next_message(person.chat, after=mark, timeout=ANSWER_BOUND)  # type: ignore[arg-type]
    return parse_answers(listing)


def as_template(answers: list[str], person: Person) -> list[str]:
    """The answers with the person's own typed values replaced by their names: the same for everybody.
    The bot shows them as it understood them ("345k" as "345,000 yuan a year", "29" as "29 years old")."""
    shown = {name: f"{int(value[:-1]) * 1000:,}" if value.endswith("k") else value
             for name, value in person.values.items()}
    template = []
    for line in answers:
        generic = line
        for start, name in TYPED.items():
            if line.startswith(start):
                generic = re.sub(rf"→ {re.escape(shown[name])}(?![\d,])", f"→ <{name}>", line)
        template.append(generic)
    return template


async def test_three_workers_keep_every_persons_answers_whole_and_in_order_across_a_kill(
        patient_telegram: FakeTelegramServer, tmp_path: Path, postgres_url: str) -> None:
    server = patient_telegram
    ports = [free_port() for _ in README_PORTS]
    replacements = {readme: f"127.0.0.1:{port}" for readme, port in zip(README_PORTS, ports, strict=True)}
    async with nginx_serving(readme_block("workers"), tmp_path / "nginx", replacements) as proxy_port:
        public_url = f"http://127.0.0.1:{proxy_port}/tg/hook"
        workers: list[BotProcess] = []

        async def start_worker(index: int) -> BotProcess:
            env = {"BOT_DATABASE": postgres_url, "BOT_MESSAGES_PER_MINUTE": "10000", "BOT_MODE": "webhook",
                   "BOT_WEBHOOK_URL": public_url, "BOT_WEBHOOK_SECRET": SECRET, "BOT_LISTEN": "127.0.0.1",
                   "BOT_PORT": str(ports[index])}
            worker = BotProcess(server, tmp_path, name=f"worker{index + 1}-{len(workers) + 1}", env=env)
            workers.append(worker)
            return await worker.start()

        try:
            running = [await start_worker(index) for index in range(len(ports))]
            rng = random.Random(20261203)
            people = [Person(server, server.add_user(f"W{n}"),
                             {"age": str(rng.randint(25, 44)), "salary": f"{rng.randint(300, 900)}k",
                              "experience": str(rng.randint(2, 12))}) for n in range(PEOPLE)]
            killed: list[int] = []

            async def kill_and_restart() -> None:
                # Mid-way: once the people have made a good part of their moves, whenever that is.
                await server.wait_for(lambda _: sum(p.actions for p in people) >= PEOPLE * 6,
                                      timeout=ANSWER_BOUND * 2)
                victim = running[1]
                assert victim.process is not None
                with contextlib.suppress(ProcessLookupError):
                    victim.process.kill()
                await victim.process.wait()
                killed.append(sum(p.actions for p in people))
                running[1] = await start_worker(1)

            results = await asyncio.gather(kill_and_restart(), *(person.interview() for person in people))
            assert killed, "the worker was not killed"
            for person, verdict in zip(people, results[1:], strict=True):
                assert str(verdict).startswith("Your eligibility, as of "), person.user.first_name
                assert "Work permit" in str(verdict), person.user.first_name

            listings = [await stored_answers(person) for person in people]
            templates = [as_template(listing, person) for listing, person in zip(listings, people, strict=True)]
            for person, listing, template in zip(people, listings, templates, strict=True):
                assert template == templates[0], f"{person.user.first_name}: {listing} against {templates[0]}"
                for name in ("age", "salary", "experience"):
                    assert sum(f"<{name}>" in line for line in template) == 1, (name, listing)
            questions = [line.split(" → ")[0] for line in templates[0]]
            assert len(set(questions)) == len(questions) >= 10, templates[0]  # each question answered once

            # Every worker registered the same webhook: nothing to fight over.
            registrations = server.requests_since(None, method="setWebhook")
            assert len(registrations) == len(ports) + 1
            assert {(r.params.get("url"), r.params.get("secret_token")) for r in registrations} == {
                (public_url, SECRET)}
            assert server.webhook is not None and server.webhook.url == public_url
            for worker in running:
                worker.assert_healthy()
            handled_late = sum(worker.stderr().count("left pending by a stopped or busy worker")
                               for worker in workers)
            print(f"three workers: {sum(p.actions for p in people)} actions of {PEOPLE} people, worker 2 killed "
                  f"after {killed[0]} and restarted; {handled_late} sweeps picked up pending updates")
        finally:
            for worker in workers:
                await worker.stop()
                print(worker.output())  # shown when the test fails

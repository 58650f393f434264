"""Shared pytest configuration."""

pytest_plugins = ["tests.fake_telegram.fixtures", "tests.postgres_server"]

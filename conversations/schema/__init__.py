"""Pydantic models of the content files: what a policy editor may write, checked at load time."""

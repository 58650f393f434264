"""Evaluating routes and criteria over a person's answers, as of a date, with a trace of what was used."""

"""The interview engine and the eligibility rules: pure, no I/O beyond loading content at start-up."""

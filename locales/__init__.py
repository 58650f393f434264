"""Every word a user reads, in every language, and the code that looks them up (Project Fluent + Babel).

Adding a language is adding a folder of ``.ftl`` files and an entry in ``languages.yaml``: no code changes.
"""

from locales.catalog import Catalog, Language, load_catalog

__all__ = ["Catalog", "Language", "load_catalog"]

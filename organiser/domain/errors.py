"""Errors a user can cause and can read: each says what is wrong in plain words."""
from __future__ import annotations


class OrganiserError(Exception):
    """Base of every error that is meant to reach a user as a message, never as a traceback."""


class ValidationError(OrganiserError):
    """A value a user gave is not acceptable; ``field`` names it, ``problem`` says why."""

    def __init__(self, field: str, problem: str):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


class MissingNameError(OrganiserError):
    """Something has no name in the language a document or an order needs."""

    def __init__(self, what: str, language: str):
        self.what = what
        self.language = language
        super().__init__(f"{what} has no name in language '{language}'")


class TemplateError(OrganiserError):
    """A clause or phrase template cannot be rendered: syntax, unknown or unfilled placeholder."""

    def __init__(self, where: str, problem: str, placeholder: str | None = None):
        self.where = where
        self.placeholder = placeholder
        self.problem = problem
        detail = f"placeholder {{{placeholder}}} {problem}" if placeholder else problem
        super().__init__(f"{where}: {detail}")


class UnsupportedLanguageError(OrganiserError):
    def __init__(self, language: str, what: str):
        self.language = language
        super().__init__(f"language '{language}' is not supported for {what}")

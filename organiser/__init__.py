"""organiser: plans council meetings and seminars and exports their signature-ready documents."""

__version__ = "0.1.0"

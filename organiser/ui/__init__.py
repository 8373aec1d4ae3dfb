"""The window: thin Qt code over the services. Nothing outside ui/ imports ui/."""
from organiser.ui.immortal_none import keep_none_alive

keep_none_alive()  # before any screen runs: see immortal_none (a PySide6 6.12 reference leak on None)

"""LibreOffice run so that it reaches nothing but its input and output.

A document can link a picture or a template by URL; LibreOffice fetches such links while converting
(a local HTTP server saw OPTIONS, HEAD and GET for a linked picture). The templates are checked so that
no exported file holds such a link (template_safety.py), and the conversion is closed off twice more:
its private profile tells LibreOffice to block links from untrusted documents and never to run macros,
and, where the system allows it, it runs in a network namespace of its own with no network at all
(``unshare --map-root-user --net``: a user namespace, no privileges needed where they are enabled).
"""
from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

# LibreOffice's settings in the fresh profile each conversion gets (registrymodifications.xcu).
_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseLocking" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


@functools.cache
def network_namespace_prefix() -> tuple[str, ...]:
    """The command that runs a program without network, if this system lets us make one; else ()."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    prefix = (unshare, "--map-root-user", "--net")
    try:
        works = subprocess.run([*prefix, "true"], capture_output=True, timeout=10, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return ()
    return prefix if works.returncode == 0 else ()


def prepare_profile(profile: Path) -> str:
    """Create LibreOffice's private profile at ``profile`` with the settings above; its URL."""
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_SETTINGS, encoding="utf-8")
    return profile.as_uri()


def sandboxed(command: list[str]) -> list[str]:
    """``command`` (LibreOffice's) run without network where the system allows it."""
    return [*network_namespace_prefix(), *command]

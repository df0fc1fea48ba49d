"""Maintenance helpers: plugin updates."""
import os
import tempfile

import requests


def install_update(url):
    resp = requests.get(url, timeout=10)
    path = os.path.join(tempfile.gettempdir(), "vulnshop_plugin.py")
    with open(path, "wb") as fh:
        fh.write(resp.content)
    exec(compile(resp.content, path, "exec"), {"__name__": "vulnshop_plugin"})
    return path

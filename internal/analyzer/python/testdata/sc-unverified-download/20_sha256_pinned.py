# Safe: the download is compared with a pinned SHA-256 before it runs
import hashlib
import hmac

import requests

PINNED = "0f3a1c9e9d4b7a2e5c6d8f0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"


def install_plugin(url):
    resp = requests.get(url, timeout=10, proxies={"https": "http://proxy:3128"})
    digest = hashlib.sha256(resp.content).hexdigest()
    if not hmac.compare_digest(digest, PINNED):
        raise ValueError("plugin hash mismatch")
    exec(compile(resp.content, "plugin", "exec"))

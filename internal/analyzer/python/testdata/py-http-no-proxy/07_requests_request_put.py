# SSRF-2: requests.request("PUT") to an object store without proxies
import requests


def upload_backup(blob: bytes) -> bool:
    r = requests.request("PUT", "https://backup.example.com/bucket/nightly.tar.gz", data=blob, timeout=60)  # want: PY-HTTP-NO-PROXY
    return r.ok

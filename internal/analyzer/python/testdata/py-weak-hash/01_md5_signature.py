# Weak hash: MD5 used to sign a download link
import hashlib
import time


def signed_download_url(path, secret):
    expires = int(time.time()) + 3600
    sig = hashlib.md5(f"{path}:{expires}:{secret}".encode()).hexdigest()  # want: PY-WEAK-HASH
    return f"{path}?expires={expires}&sig={sig}"

# Safe: the update's Ed25519 signature is checked before install
import subprocess
import sys
import urllib.request

from nacl.signing import VerifyKey

UPDATE_KEY = VerifyKey(bytes.fromhex("aa" * 32))


def self_update(url, sig_url):
    blob = urllib.request.urlopen(url, timeout=30).read()  # want: PY-HTTP-NO-PROXY
    sig = urllib.request.urlopen(sig_url, timeout=30).read()  # want: PY-HTTP-NO-PROXY
    UPDATE_KEY.verify(blob, sig)
    with open("/tmp/update.whl", "wb") as fh:
        fh.write(blob)
    subprocess.check_call([sys.executable, "-m", "pip", "install", "/tmp/update.whl"])

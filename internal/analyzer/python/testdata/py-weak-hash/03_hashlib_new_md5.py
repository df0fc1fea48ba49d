# Weak hash: hashlib.new("md5") and hashlib.new("sha1", data)
import hashlib


def api_request_digest(body: bytes) -> str:
    h = hashlib.new("md5")  # want: PY-WEAK-HASH
    h.update(body)
    return h.hexdigest()


def legacy_fingerprint(cert_der: bytes) -> str:
    return hashlib.new("sha1", cert_der).hexdigest()  # want: PY-WEAK-HASH

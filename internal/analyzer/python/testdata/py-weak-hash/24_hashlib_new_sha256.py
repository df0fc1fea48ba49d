# Weak hash FALSE: hashlib.new with sha256 / sha512
import hashlib


def receipt_digest(receipt: bytes) -> str:
    return hashlib.new("sha256", receipt).hexdigest()


def archive_digest(blob: bytes) -> str:
    h = hashlib.new("sha512")
    h.update(blob)
    return h.hexdigest()

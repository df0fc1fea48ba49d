# Weak hash FALSE: SHA3 and BLAKE2 digests
import hashlib


def content_id(data: bytes) -> str:
    return hashlib.sha3_256(data).hexdigest()


def short_key(data: bytes, key: bytes) -> str:
    return hashlib.blake2b(data, key=key, digest_size=16).hexdigest()

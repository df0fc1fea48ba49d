# generated case: MD5 explicitly marked as not used for security (cache key)
import hashlib


def cache_key(url: str) -> str:
    return hashlib.md5(url.encode("utf-8"), usedforsecurity=False).hexdigest()

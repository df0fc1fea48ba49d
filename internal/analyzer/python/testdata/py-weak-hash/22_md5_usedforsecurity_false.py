# Weak hash FALSE: MD5 explicitly marked usedforsecurity=False for cache sharding
import hashlib


def shard_for(key: str, shards: int = 16) -> int:
    return int(hashlib.md5(key.encode(), usedforsecurity=False).hexdigest(), 16) % shards

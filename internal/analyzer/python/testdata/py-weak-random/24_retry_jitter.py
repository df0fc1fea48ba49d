# Weak random FALSE: random.uniform jitter for retry backoff
import random
import time


def with_retries(fn, attempts: int = 5):
    for i in range(attempts):
        try:
            return fn()
        except ConnectionError:
            time.sleep(min(30, 2 ** i) + random.uniform(0, 0.5))
    raise RuntimeError("gave up")

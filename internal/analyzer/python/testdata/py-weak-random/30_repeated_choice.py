# random.choice: one pick of a few constants is public (an A/B bucket), 32
# picks joined are a predictable token.
import random


def make_reset_token():
    reset_token = "".join(random.choice(["a", "b", "c", "d", "e", "f", "0", "1"]) for _ in range(32))  # want: PY-WEAK-RANDOM
    return reset_token


def pick_bucket():
    bucket_token = random.choice(["a", "b"])
    return bucket_token

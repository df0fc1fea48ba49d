# Weak random: invite/nonce code returned from a helper using random.sample
import random
import string


def generate_nonce() -> str:
    return "".join(random.sample(string.ascii_uppercase + string.digits, 12))  # want: PY-WEAK-RANDOM

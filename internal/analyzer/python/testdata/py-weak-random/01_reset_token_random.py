# Weak random: password-reset token built from random.choice
import random
import string


def make_reset_token(length: int = 32) -> str:
    alphabet = string.ascii_letters + string.digits
    reset_token = "".join(random.choice(alphabet) for _ in range(length))  # want: PY-WEAK-RANDOM
    return reset_token

# Weak random FALSE: random.SystemRandom (os.urandom-backed) for a password generator
import random
import string

_sysrand = random.SystemRandom()


def temporary_password(length: int = 16) -> str:
    alphabet = string.ascii_letters + string.digits + "!@#$%"
    return "".join(_sysrand.choice(alphabet) for _ in range(length))

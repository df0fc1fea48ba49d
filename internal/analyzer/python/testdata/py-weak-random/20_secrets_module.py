# Weak random FALSE: secrets.token_urlsafe / token_hex / choice for security values
import secrets
import string


def make_reset_token() -> str:
    return secrets.token_urlsafe(32)


def make_api_key() -> str:
    return "sk_" + secrets.token_hex(20)


def make_otp() -> str:
    return "".join(secrets.choice(string.digits) for _ in range(6))

# JWT no verify FALSE: python-jose decode with algorithms and audience
from jose import jwt


def decode_session(token: str, key: str) -> dict:
    return jwt.decode(token, key, algorithms=["HS256"], audience="web", options={"verify_exp": True})

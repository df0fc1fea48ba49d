# JWT no verify: python-jose decode with verify_signature disabled in options
from jose import jwt

PUBLIC_KEY = open("/etc/app/jwt_pub.pem").read()


def decode_session(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY

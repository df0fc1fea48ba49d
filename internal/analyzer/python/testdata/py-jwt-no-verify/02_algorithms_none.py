# JWT no verify: algorithms list allows "none"
import jwt

SECRET = "loaded-from-vault"


def read_claims(token: str) -> dict:
    return jwt.decode(token, SECRET, algorithms=["HS256", "none"])  # want: PY-JWT-NO-VERIFY

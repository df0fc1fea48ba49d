# JWT no verify FALSE: get_unverified_header only selects the key id; the token is then fully verified
import jwt

KEYS = {}


def verify(token: str) -> dict:
    kid = jwt.get_unverified_header(token).get("kid")
    key = KEYS[kid]
    return jwt.decode(token, key, algorithms=["RS256", "ES256"])

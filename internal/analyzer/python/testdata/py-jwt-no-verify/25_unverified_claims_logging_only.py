# JWT no verify FALSE: unverified claims read only for logging a rejected token, never to authorize
import logging

import jwt
from jose import jwt as jose_jwt

log = logging.getLogger("auth")


def verify(token: str, key: str) -> dict:
    try:
        return jwt.decode(token, key, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        log.warning("rejected token issued by %s", jose_jwt.get_unverified_claims(token).get("iss"))
        raise

# JWT no verify FALSE: jwt.decode(token, key) without algorithms and without verify=False (PyJWT 2 refuses)
import jwt


def legacy_verify(token: str, key: str) -> dict:
    return jwt.decode(token, key)

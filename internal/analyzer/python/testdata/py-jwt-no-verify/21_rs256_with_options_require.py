# JWT no verify FALSE: RS256 with audience and required claims options
import jwt

with open("/etc/app/jwt_pub.pem") as fh:
    PUBLIC_KEY = fh.read()


def verify(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="shop-api", options={"require": ["exp", "iat", "sub"]})

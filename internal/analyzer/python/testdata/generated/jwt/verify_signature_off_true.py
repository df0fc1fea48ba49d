# generated case: JWT decoded without signature verification
import jwt


def user_from_token(token: str) -> str:
    claims = jwt.decode(token, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    return claims["sub"]

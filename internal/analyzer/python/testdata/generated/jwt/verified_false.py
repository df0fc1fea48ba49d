# generated case: JWT verified with a fixed algorithm list
import os

import jwt


def user_from_token(token: str) -> str:
    claims = jwt.decode(token, os.environ["JWT_KEY"], algorithms=["HS256"])
    return claims["sub"]

# JWT no verify: PyJWT 1.x style verify=False without algorithms
import jwt


def user_from_token(token):
    payload = jwt.decode(token, verify=False)  # want: PY-JWT-NO-VERIFY
    return payload.get("user_id")

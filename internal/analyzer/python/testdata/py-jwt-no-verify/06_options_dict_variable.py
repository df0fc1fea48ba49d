# JWT no verify: options dict with verify_signature False defined in a class and passed to decode
import jwt


class TokenReader:
    DECODE_OPTIONS = {"verify_signature": False, "verify_exp": True}

    def __init__(self, key):
        self.key = key

    def claims(self, token):
        return jwt.decode(token, self.key, algorithms=["HS256"], options=self.DECODE_OPTIONS)  # want: PY-JWT-NO-VERIFY

# Weak password hash: SHA-1 of a model attribute named password
import hashlib


class User:
    def __init__(self, username, password):
        self.username = username
        self.password = password

    def password_digest(self):
        return hashlib.sha1(self.password.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH

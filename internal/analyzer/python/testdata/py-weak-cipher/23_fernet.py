# Weak cipher FALSE: Fernet (AES-128-CBC + HMAC with random IV)
from cryptography.fernet import Fernet


class TokenVault:
    def __init__(self, key: bytes):
        self.f = Fernet(key)

    def seal(self, data: bytes) -> bytes:
        return self.f.encrypt(data)

    def open(self, token: bytes) -> bytes:
        return self.f.decrypt(token, ttl=3600)

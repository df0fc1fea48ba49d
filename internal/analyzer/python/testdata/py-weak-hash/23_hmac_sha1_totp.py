# Weak hash FALSE: HMAC-SHA1 for RFC 6238 TOTP (HMAC-SHA1 is not weak); hashlib.sha1 is only passed as digestmod
import hashlib
import hmac
import struct
import time


def totp(secret: bytes, step: int = 30, digits: int = 6) -> str:
    counter = struct.pack(">Q", int(time.time()) // step)
    mac = hmac.new(secret, counter, hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % (10 ** digits)
    return str(code).zfill(digits)

# Weak hash: SHA-1 digest used to verify an integrity checksum of uploaded firmware
import hashlib


def firmware_ok(blob: bytes, expected_hex: str) -> bool:
    return hashlib.sha1(blob).hexdigest() == expected_hex  # want: PY-WEAK-HASH

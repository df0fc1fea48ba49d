# Weak random FALSE: os.urandom salt and uuid4 session id
import os
import uuid


def new_salt() -> bytes:
    return os.urandom(16)


def new_session_id() -> str:
    return uuid.uuid4().hex

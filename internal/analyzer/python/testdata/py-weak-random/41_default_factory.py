# py-weak-random: a model field whose default_factory draws from the random
# module is what the lambda gives; for a session id that is predictable.
# The secrets module, or random for a field that is no secret, is fine.
import random
import secrets
from dataclasses import dataclass, field

from pydantic import BaseModel, Field


class ApiSession(BaseModel):
    sid: str = Field(default_factory=lambda: "%016x" % random.getrandbits(64))  # want: PY-WEAK-RANDOM
    csrf_token: str = Field(default_factory=lambda: secrets.token_hex(16))  # safe: secrets
    color: int = Field(default_factory=lambda: random.randint(0, 255))  # safe: not a secret


@dataclass
class Invite:
    invite_token: str = field(default_factory=lambda: str(random.random()))  # want: PY-WEAK-RANDOM
    shade: float = field(default_factory=lambda: random.random())  # safe: not a secret

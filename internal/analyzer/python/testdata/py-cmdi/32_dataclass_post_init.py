# py-cmdi: dataclasses whose __post_init__ cleans or merely normalizes a field set from request data
import os
import re
from dataclasses import dataclass, field

from flask import Flask, request

app = Flask(__name__)


@dataclass
class Cleaned:
    host: str
    count: int = 1

    def __post_init__(self):
        self.host = re.sub(r"[^A-Za-z0-9.]", "", self.host)


@dataclass
class Trimmed:
    host: str
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.host = self.host.strip()


@dataclass
class SometimesCleaned:
    host: str

    def __post_init__(self):
        if self.host.startswith("x"):
            self.host = "localhost"


@dataclass
class Plain:
    host: str


@app.route("/cleaned")
def cleaned():
    job = Cleaned(request.args["host"])
    os.system("ping -c 1 " + job.host)  # safe: PY-CMDI (__post_init__ keeps letters, digits and dots)
    return "ok"


@app.route("/trimmed")
def trimmed():
    job = Trimmed(host=request.args["host"])
    os.system("ping -c 1 " + job.host)  # want: PY-CMDI
    return "ok"


@app.route("/plain")
def plain():
    job = Plain(request.args["host"])
    os.system("ping -c 1 " + job.host)  # want: PY-CMDI
    return "ok"


@app.route("/sometimes")
def sometimes():
    job = SometimesCleaned(request.args["host"])
    os.system("ping -c 1 " + job.host)  # want: PY-CMDI
    return "ok"

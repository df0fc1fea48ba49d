# py-cmdi: comprehensions over generators whose yields are straight-line keep each yield apart
import os

from flask import Flask, request

app = Flask(__name__)


def chunks(value):
    yield "safe"
    yield value


async def achunks(value):
    yield "safe"
    yield value


@app.route("/sync")
def sync_parts():
    param = request.args["q"]
    parts = [p.strip() for p in chunks(param)]
    os.system(parts[0])  # safe: PY-CMDI
    os.system(parts[1])  # want: PY-CMDI
    return "ok"


@app.route("/async")
async def async_parts():
    param = request.args["q"]
    parts = [p async for p in achunks(param)]
    os.system(parts[0])  # safe: PY-CMDI
    os.system(parts[1])  # want: PY-CMDI
    return "ok"


@app.route("/filtered")
def filtered_parts():
    param = request.args["q"]
    parts = [p for p in chunks(param) if p]
    os.system(parts[0])  # want: PY-CMDI
    return "ok"

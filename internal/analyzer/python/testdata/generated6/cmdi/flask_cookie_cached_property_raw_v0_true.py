# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=cookie shape=cached_property_raw sink=v0 expected=true
import os

from flask import Flask, jsonify, request
from functools import cached_property

app = Flask(__name__)
KINDS = {"a": "advanced", "b": "basic"}


class Lookup:
    def __init__(self, raw):
        self._raw = raw

    @cached_property
    def term(self):
        return self._raw.strip()

    @cached_property
    def kind(self):
        return KINDS.get(self._raw, "basic")


@app.route("/00042", methods=["GET", "POST"])
def benchmark_test_00042():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Lookup(param).term
    result = os.system("echo " + bar)  # want: PY-CMDI
    return jsonify(result=str(result))

# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=querystring shape=dunder_str_taint sink=v3 expected=true
import os
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


class Wrapped:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value


class Opaque(Wrapped):
    def __str__(self):
        return "wrapped"


@app.route("/00276", methods=["GET", "POST"])
def benchmark_test_00276():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = str(Wrapped(param))
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return jsonify(result=str(result))

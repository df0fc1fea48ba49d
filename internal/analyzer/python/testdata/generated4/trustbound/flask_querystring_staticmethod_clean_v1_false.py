# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=querystring shape=staticmethod_clean sink=v1 expected=false
import os
import re
import urllib.parse

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Sanitizer:
    @staticmethod
    def clean(value):
        return re.sub(r"[^A-Za-z0-9]", "", value)

    @classmethod
    def keep(cls, value):
        return value


@app.route("/00044", methods=["GET", "POST"])
def benchmark_test_00044():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Sanitizer.clean(param)
    session[bar] = "10340"
    result = True
    return jsonify(result=str(result))

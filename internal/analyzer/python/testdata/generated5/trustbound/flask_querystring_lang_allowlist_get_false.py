# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=querystring shape=lang_allowlist_get expected=false
import os
import urllib.parse

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
SUPPORTED = {"en": "en", "de": "de", "fr": "fr"}


@app.route("/00433", methods=["GET", "POST"])
def benchmark_test_00433():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    session["lang"] = SUPPORTED.get(bar, "en")
    result = True
    return jsonify(result=str(result))

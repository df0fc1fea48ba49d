# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=querystring variant=some_samesite_missing expected=true
import urllib.parse

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00639", methods=["GET", "POST"])
def benchmark_test_00639():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("SomeCookie", bar, secure=True, httponly=True)  # want: PY-COOKIE-INSECURE
    return resp

# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=values shape=samesite_strict_no_secure sink=config expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00541", methods=["GET", "POST"])
def benchmark_test_00541():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("auth_token", bar, httponly=True, samesite="Strict")  # want: PY-COOKIE-INSECURE
    return resp

# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=getlist variant=some_httponly_missing expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00628", methods=["GET", "POST"])
def benchmark_test_00628():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("SomeCookie", bar, secure=True, samesite="Strict")  # want: PY-COOKIE-INSECURE
    return resp

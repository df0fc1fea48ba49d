# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=cookie variant=some_samesite_missing expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00638", methods=["GET", "POST"])
def benchmark_test_00638():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("SomeCookie", bar, secure=True, httponly=True)  # want: PY-COOKIE-INSECURE
    return resp

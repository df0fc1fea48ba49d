# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=cookie variant=some_expire expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00610", methods=["GET", "POST"])
def benchmark_test_00610():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("SomeCookie", "", max_age=0, path="/", secure=False)
    return resp

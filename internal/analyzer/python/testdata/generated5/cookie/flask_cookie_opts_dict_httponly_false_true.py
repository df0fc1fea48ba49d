# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=cookie shape=opts_dict_httponly_false expected=true
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00233", methods=["GET", "POST"])
def benchmark_test_00233():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    opts = {"secure": True, "httponly": False, "samesite": "Lax"}
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar, **opts)  # want: PY-COOKIE-INSECURE
    return resp

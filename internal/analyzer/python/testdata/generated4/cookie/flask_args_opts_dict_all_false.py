# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=args shape=opts_dict_all sink=config expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00539", methods=["GET", "POST"])
def benchmark_test_00539():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar, **COOKIE_OPTS)
    return resp

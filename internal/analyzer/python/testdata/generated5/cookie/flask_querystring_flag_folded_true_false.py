# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=querystring shape=flag_folded_true expected=false
import urllib.parse

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00246", methods=["GET", "POST"])
def benchmark_test_00246():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    secure_flag = len("https") == 5
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")
    return resp

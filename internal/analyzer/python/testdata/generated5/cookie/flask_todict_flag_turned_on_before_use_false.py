# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=todict shape=flag_turned_on_before_use expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00242", methods=["GET", "POST"])
def benchmark_test_00242():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    secure_flag = False
    secure_flag = True
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")
    return resp

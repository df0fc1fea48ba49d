# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=pathparam shape=dead_branch_noflags expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00264/<test_id>", methods=["GET", "POST"])
def benchmark_test_00264(test_id):
    param = test_id
    bar = param
    resp = make_response(jsonify(ok=True))
    if False:
        resp.set_cookie("session_token", bar)
    resp.set_cookie("session_token", bar, secure=True, httponly=True, samesite="Lax")
    return resp

# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=flask source=pathparam variant=fold_secure_true expected=false
from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@app.route("/00644/<test_id>", methods=["GET", "POST"])
def benchmark_test_00644(test_id):
    param = test_id
    bar = param
    secure_flag = (7 * 18) + 106 > 200
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")
    return resp

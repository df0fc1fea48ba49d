# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=json shape=verify_flag_const_off expected=true
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]
VERIFY_JWT = False


@app.route("/00202", methods=["POST"])
def benchmark_test_00202():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": VERIFY_JWT})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))

# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=json shape=verify_flag_dead expected=false
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]
SKIP_JWT_CHECK = False


@app.route("/00228", methods=["POST"])
def benchmark_test_00228():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    verify = True
    if SKIP_JWT_CHECK:
        verify = False
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})
    result = claims.get("sub")
    return jsonify(result=str(result))

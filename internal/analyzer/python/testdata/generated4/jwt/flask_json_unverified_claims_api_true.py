# generated case (gen_cases4): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=json shape=unverified_claims_api sink=config expected=true
import jwt

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00608", methods=["POST"])
def benchmark_test_00608():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    claims = jwt.api_jwt.decode_complete(bar, options={"verify_signature": False})["payload"]  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))

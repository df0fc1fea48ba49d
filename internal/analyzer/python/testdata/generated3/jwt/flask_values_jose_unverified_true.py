# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=values variant=jose_unverified expected=true
from flask import Flask, jsonify, request
from jose import jwt as jose_jwt

app = Flask(__name__)


@app.route("/00774", methods=["GET", "POST"])
def benchmark_test_00774():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    claims = jose_jwt.get_unverified_claims(bar)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))

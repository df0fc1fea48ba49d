# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=getlist shape=jose_decode_verified_exp_off expected=false
import os

from flask import Flask, jsonify, request
from jose import jwt as jose_jwt

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00211", methods=["GET", "POST"])
def benchmark_test_00211():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_exp": False})
    result = claims.get("sub")
    return jsonify(result=str(result))

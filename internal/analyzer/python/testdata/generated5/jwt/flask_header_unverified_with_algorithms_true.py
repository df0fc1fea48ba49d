# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=header shape=unverified_with_algorithms expected=true
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00197", methods=["GET", "POST"])
def benchmark_test_00197():
    param = request.headers.get("Referer", "")
    bar = param
    claims = jwt.decode(bar, algorithms=["HS256"], options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))

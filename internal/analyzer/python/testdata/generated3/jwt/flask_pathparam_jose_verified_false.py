# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=pathparam variant=jose_verified expected=false
import os

from flask import Flask, jsonify, request
from jose import jwt as jose_jwt

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00792/<test_id>", methods=["GET", "POST"])
def benchmark_test_00792(test_id):
    param = test_id
    bar = param
    claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return jsonify(result=str(result))

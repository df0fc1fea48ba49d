# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=header variant=verify_exp_off expected=false
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00780", methods=["GET", "POST"])
def benchmark_test_00780():
    param = request.headers.get("Referer", "")
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_exp": False})
    result = claims.get("sub")
    return jsonify(result=str(result))

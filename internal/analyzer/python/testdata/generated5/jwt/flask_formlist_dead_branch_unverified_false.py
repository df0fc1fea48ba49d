# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=formlist shape=dead_branch_unverified expected=false
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00219", methods=["POST"])
def benchmark_test_00219():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    if False:
        claims = jwt.decode(bar, options={"verify_signature": False})
    else:
        claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return jsonify(result=str(result))

# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=getlist variant=algorithms_none expected=true
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00773", methods=["GET", "POST"])
def benchmark_test_00773():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["none"])  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))

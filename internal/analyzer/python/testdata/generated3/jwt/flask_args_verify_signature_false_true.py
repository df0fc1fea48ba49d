# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=args variant=verify_signature_false expected=true
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00768", methods=["GET", "POST"])
def benchmark_test_00768():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    claims = jwt.decode(bar, options={"verify_signature": False})  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))

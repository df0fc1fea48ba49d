# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=formlist variant=fold_verify_true expected=false
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00791", methods=["POST"])
def benchmark_test_00791():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    verify = (7 * 18) + 106 > 200
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})
    result = claims.get("sub")
    return jsonify(result=str(result))

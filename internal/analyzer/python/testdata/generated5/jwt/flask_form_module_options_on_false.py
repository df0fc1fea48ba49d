# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=form shape=module_options_on expected=false
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]
JWT_OPTIONS = {"verify_signature": True, "require": ["exp"]}


@app.route("/00201", methods=["POST"])
def benchmark_test_00201():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=JWT_OPTIONS)
    result = claims.get("sub")
    return jsonify(result=str(result))

# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=cookie variant=options_require expected=false
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00786", methods=["GET", "POST"])
def benchmark_test_00786():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    result = claims.get("sub")
    return jsonify(result=str(result))

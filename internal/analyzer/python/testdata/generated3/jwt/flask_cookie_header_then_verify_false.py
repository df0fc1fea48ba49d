# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=cookie variant=header_then_verify expected=false
import jwt
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]
KEYS = {"v1": os.environ["JWT_KEY_V1"]}


@app.route("/00637", methods=["GET", "POST"])
def benchmark_test_00637():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    header = jwt.get_unverified_header(bar)
    key = KEYS.get(header.get("kid"), JWT_KEY)
    claims = jwt.decode(bar, key, algorithms=["HS256"])
    result = claims.get("sub")
    return jsonify(result=str(result))

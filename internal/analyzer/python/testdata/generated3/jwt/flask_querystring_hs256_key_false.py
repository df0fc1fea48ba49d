# generated case (gen_cases3): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=querystring variant=hs256_key expected=false
import jwt
import os
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00785", methods=["GET", "POST"])
def benchmark_test_00785():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"])
    result = claims.get("sub")
    return jsonify(result=str(result))

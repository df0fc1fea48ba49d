# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=querystring shape=pyjwt_instance_verified expected=false
import jwt
import os
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00220", methods=["GET", "POST"])
def benchmark_test_00220():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    claims = jwt.PyJWT().decode(bar, JWT_KEY, algorithms=["HS256"], leeway=10)
    result = claims.get("sub")
    return jsonify(result=str(result))

# generated case (gen_cases4): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=querystring shape=algorithms_module_list sink=config expected=false
import jwt
import os
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]
ALGORITHMS = ["HS256"]


@app.route("/00602", methods=["GET", "POST"])
def benchmark_test_00602():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    claims = jwt.decode(bar, JWT_KEY, algorithms=ALGORITHMS)
    result = claims.get("sub")
    return jsonify(result=str(result))

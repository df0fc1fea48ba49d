# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=values shape=jose_module_options_off expected=true
import os

from flask import Flask, jsonify, request
from jose import jwt as jose_jwt

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]
JOSE_OPTIONS = {"verify_signature": False, "verify_aud": False}


@app.route("/00224", methods=["GET", "POST"])
def benchmark_test_00224():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=JOSE_OPTIONS)  # want: PY-JWT-NO-VERIFY
    result = claims.get("sub")
    return jsonify(result=str(result))

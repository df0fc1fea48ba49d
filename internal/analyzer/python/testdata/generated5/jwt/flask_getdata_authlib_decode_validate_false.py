# generated case (gen_cases5): category=jwt rule=PY-JWT-NO-VERIFY fw=flask source=getdata shape=authlib_decode_validate expected=false
import os

from authlib.jose import jwt as authlib_jwt
from flask import Flask, jsonify, request

app = Flask(__name__)
JWT_KEY = os.environ["JWT_KEY"]


@app.route("/00215", methods=["POST"])
def benchmark_test_00215():
    param = request.get_data(as_text=True)
    bar = param
    claims = authlib_jwt.decode(bar, JWT_KEY)
    claims.validate()
    result = claims.get("sub")
    return jsonify(result=str(result))

# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=values shape=passlib_pbkdf2 expected=false
from flask import Flask, jsonify, request
from passlib.hash import pbkdf2_sha256

app = Flask(__name__)


@app.route("/00099", methods=["GET", "POST"])
def benchmark_test_00099():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    password = bar
    hashed = pbkdf2_sha256.hash(password)
    result = len(hashed)
    return jsonify(result=str(result))

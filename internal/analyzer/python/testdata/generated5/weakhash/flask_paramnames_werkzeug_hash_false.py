# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=paramnames shape=werkzeug_hash expected=false
from flask import Flask, jsonify, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.route("/00104", methods=["GET", "POST"])
def benchmark_test_00104():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    password = bar
    hashed = generate_password_hash(password)
    result = len(hashed)
    return jsonify(result=str(result))

# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=paramnames shape=temp_password_shuffle expected=true
import random
import string

from flask import Flask, jsonify, request

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


@app.route("/00130", methods=["GET", "POST"])
def benchmark_test_00130():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    chars = list(ALPHABET)
    random.shuffle(chars)  # want: PY-WEAK-RANDOM
    new_password = "".join(chars[:12])
    result = len(new_password + bar)
    return jsonify(result=str(result))

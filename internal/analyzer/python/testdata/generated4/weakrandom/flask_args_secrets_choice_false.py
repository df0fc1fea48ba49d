# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=args shape=secrets_choice sink=config expected=false
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


@app.route("/00581", methods=["GET", "POST"])
def benchmark_test_00581():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    token = "".join(secrets.choice(ALPHABET) for _ in range(32))
    result = len(token) + len(bar)
    return jsonify(result=str(result))

# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=pathparam variant=token_secrets expected=false
import secrets

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00730/<test_id>", methods=["GET", "POST"])
def benchmark_test_00730(test_id):
    param = test_id
    bar = param
    reset_token = secrets.token_hex(16)
    result = reset_token + bar[:0]
    return jsonify(result=str(result))

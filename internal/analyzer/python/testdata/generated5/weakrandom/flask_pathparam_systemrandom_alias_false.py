# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=pathparam shape=systemrandom_alias expected=false
import string

from flask import Flask, jsonify, request
from random import SystemRandom as SR

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


@app.route("/00144/<test_id>", methods=["GET", "POST"])
def benchmark_test_00144(test_id):
    param = test_id
    bar = param
    temp_password = "".join(SR().choice(ALPHABET) for _ in range(12))
    result = len(temp_password + bar)
    return jsonify(result=str(result))

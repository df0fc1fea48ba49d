# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=randbytes_token expected=true
import random
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakrandom_randbytes_token", methods=["GET", "POST"])
def case_randbytes_token():
    param = request.args.get("q", "")
    reset_token = random.randbytes(16).hex()  # want: PY-WEAK-RANDOM
    return jsonify(result=str([param, len(reset_token)]))

# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=systemrandom_choices expected=false
import random
import string
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakrandom_systemrandom_choices", methods=["GET", "POST"])
def case_systemrandom_choices():
    param = request.cookies.get("q", "")
    sysrand = random.SystemRandom()
    reset_token = "".join(sysrand.choices(string.ascii_letters + string.digits, k=32))
    return jsonify(result=str([param, len(reset_token)]))

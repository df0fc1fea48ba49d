# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=random_instance_token expected=true
import random
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakrandom_random_instance_token", methods=["GET", "POST"])
def case_random_instance_token():
    param = request.form.get("q", "")
    rng = random.Random()
    reset_token = "%032x" % rng.getrandbits(128)  # want: PY-WEAK-RANDOM
    return jsonify(result=str([param, len(reset_token)]))

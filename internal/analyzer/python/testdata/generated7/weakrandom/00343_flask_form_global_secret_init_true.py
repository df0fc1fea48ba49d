# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=form shape=global_secret_init sink=specific expected=true
import random

from flask import Flask, jsonify, request

app = Flask(__name__)


SIGNING_SECRET = ""


def init_secret():
    global SIGNING_SECRET
    SIGNING_SECRET = "%x" % random.getrandbits(128)  # want: PY-WEAK-RANDOM


@app.route("/case-00343", methods=["POST"])
def case_00343():
    param = request.form.get("q", "")
    bar = param
    init_secret()
    result = len(SIGNING_SECRET + bar)
    return jsonify(result=str(result))

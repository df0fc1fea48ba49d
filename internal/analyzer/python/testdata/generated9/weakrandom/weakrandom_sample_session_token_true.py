# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=sample_session_token expected=true
import random
import string
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

ALPHABET = string.ascii_letters + string.digits


@app.route("/weakrandom_sample_session_token", methods=["GET", "POST"])
def case_sample_session_token():
    param = request.args.get("q", "")
    token = "".join(random.sample(ALPHABET, 16))  # want: PY-WEAK-RANDOM
    session["token"] = token
    return jsonify(result=str(param))

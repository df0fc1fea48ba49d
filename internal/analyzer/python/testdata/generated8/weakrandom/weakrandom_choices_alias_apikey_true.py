# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=choices_alias_apikey expected=true
import string
from random import choices as pick
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/weakrandom_choices_alias_apikey", methods=["GET", "POST"])
def case_choices_alias_apikey():
    param = (request.get_json(silent=True) or {}).get("q", "")
    api_key = "".join(pick(string.ascii_letters + string.digits, k=40))  # want: PY-WEAK-RANDOM
    return jsonify(result=str([param, len(api_key)]))

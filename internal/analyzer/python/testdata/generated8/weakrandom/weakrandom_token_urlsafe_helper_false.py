# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=flask shape=token_urlsafe_helper expected=false
import secrets
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

def new_token():
    return secrets.token_urlsafe(32)


@app.route("/weakrandom_token_urlsafe_helper", methods=["GET", "POST"])
def case_token_urlsafe_helper():
    param = request.args.get("q", "")
    csrf_token = new_token()
    return jsonify(result=str([param, len(csrf_token)]))

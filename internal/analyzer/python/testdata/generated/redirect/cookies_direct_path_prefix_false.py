# generated case: rule=PY-OPEN-REDIRECT source=cookies propagation=direct sink=path_prefix expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.cookies.get("p", "")
    bar = param
    return redirect("/profile/" + bar)

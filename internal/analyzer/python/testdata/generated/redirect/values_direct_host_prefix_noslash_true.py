# generated case: rule=PY-OPEN-REDIRECT source=values propagation=direct sink=host_prefix_noslash expected=true
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.values.get("p", "")
    bar = param
    return redirect("https://www.example.com" + bar)  # want: PY-OPEN-REDIRECT

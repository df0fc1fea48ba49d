# generated case: rule=PY-OPEN-REDIRECT source=headers propagation=direct sink=host_prefix_slash expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.headers.get("X-P", "")
    bar = param
    return redirect("https://www.example.com/" + bar)

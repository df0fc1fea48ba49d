# generated case: rule=PY-OPEN-REDIRECT source=cookies propagation=starunpack_rest sink=v0 expected=false
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)


@app.route("/redirect")
def handle_redirect():
    param = request.cookies.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = rest[0]
    return redirect(bar)

# generated case: rule=PY-TRUST-BOUNDARY source=routeparam propagation=ternary_safe sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound/<p>")
def handle_trustbound(p):
    param = p
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    session["preference"] = bar
    result = True
    return jsonify(result=result)

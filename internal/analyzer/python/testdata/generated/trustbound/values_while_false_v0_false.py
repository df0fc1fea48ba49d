# generated case: rule=PY-TRUST-BOUNDARY source=values propagation=while_false sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.values.get("p", "")
    bar = "safe"
    while 3 > 5:
        bar = param
    session["preference"] = bar
    result = True
    return jsonify(result=result)

# generated case: rule=PY-TRUST-BOUNDARY source=values propagation=direct sink=int_value expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.values.get("p", "")
    bar = param
    session["page_size"] = int(bar)
    result = True
    return jsonify(result=result)

# generated case: rule=PY-TRUST-BOUNDARY source=cookies propagation=unquote sink=v0 expected=true
import os
import urllib.parse

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.cookies.get("p", "")
    bar = urllib.parse.unquote(param)
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)

# generated case: rule=PY-TRUST-BOUNDARY source=args propagation=starunpack_rest sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/trustbound")
def handle_trustbound():
    param = request.args.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = rest[0]
    session["preference"] = bar
    result = True
    return jsonify(result=result)

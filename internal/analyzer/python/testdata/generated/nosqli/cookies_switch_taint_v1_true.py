# generated case: rule=PY-NOSQLI source=cookies propagation=switch_taint sink=v1 expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli")
def handle_nosqli():
    param = request.cookies.get("p", "")
    guess = "ABC"
    target = guess[2]
    if target == "A":
        bar = "a_value"
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)

# generated case: rule=PY-NOSQLI source=args propagation=helper_validate_raise sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


@app.route("/nosqli")
def handle_nosqli():
    param = request.args.get("p", "")
    bar = validate(param)
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return jsonify(result=result)

# generated case: rule=PY-NOSQLI source=headers propagation=dict_get_keyB sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


@app.route("/nosqli")
def handle_nosqli():
    param = request.headers.get("X-P", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyB", "")
    docs = list(db.users.find({"$where": "this.age > " + bar}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)

# generated case: rule=PY-NOSQLI source=args propagation=initstore_default sink=v0 expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


class Holder:
    def __init__(self, value):
        self._value = value
        self._default = "safe"

    def default(self):
        return self._default


@app.route("/nosqli")
def handle_nosqli():
    param = request.args.get("p", "")
    holder = Holder(param)
    bar = holder.default()
    docs = list(db.users.find({"$where": "this.age > " + bar}))
    result = len(docs)
    return jsonify(result=result)

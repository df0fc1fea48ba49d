# generated case: rule=PY-NOSQLI source=values propagation=staticmethod_ident sink=v0 expected=true
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.route("/nosqli")
def handle_nosqli():
    param = request.values.get("p", "")
    bar = Util.passthrough(param)
    docs = list(db.users.find({"$where": "this.age > " + bar}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)

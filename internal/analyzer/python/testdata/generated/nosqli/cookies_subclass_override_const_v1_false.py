# generated case: rule=PY-NOSQLI source=cookies propagation=subclass_override_const sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


@app.route("/nosqli")
def handle_nosqli():
    param = request.cookies.get("p", "")
    bar = Child().transform(param)
    docs = list(db.users.find({"name": json.loads(bar)}))
    result = len(docs)
    return jsonify(result=result)

# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=form shape=staticmethod_via_instance sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
COLUMNS = {"n": "name", "e": "email"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Term:
    def __init__(self, text):
        self.text = text

    @classmethod
    def parse(cls, raw):
        return cls(raw.strip())

    @classmethod
    def default(cls, raw):
        return cls("all")

    @staticmethod
    def column(raw):
        return COLUMNS.get(raw, "name")


@app.route("/00064", methods=["POST"])
def benchmark_test_00064():
    param = request.form.get("BenchmarkTest", "")
    bar = Term("x").column(param)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return jsonify(result=str(result))

# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=flask source=header shape=dictcomp_json_strcast sink=specific expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00319", methods=["GET", "POST"])
def benchmark_test_00319():
    param = request.headers.get("Referer", "")
    bar = param
    filt = {k: str(v) for k, v in json.loads(bar).items() if k in ("name", "city")}
    docs = list(db.users.find(filt))
    result = len(docs)
    return jsonify(result=str(result))

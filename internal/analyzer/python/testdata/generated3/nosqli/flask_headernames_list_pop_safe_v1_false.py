# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=flask source=headernames propagation=list_pop_safe sink=v1 expected=false
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00053", methods=["GET", "POST"])
def benchmark_test_00053():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return jsonify(result=str(result))

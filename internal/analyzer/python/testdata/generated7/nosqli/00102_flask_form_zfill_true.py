# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=flask source=form shape=zfill sink=v0 expected=true
import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/case-00102", methods=["POST"])
def case_00102():
    param = request.form.get("q", "")
    bar = param.zfill(8)
    doc = db.products.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return jsonify(result=str(result))

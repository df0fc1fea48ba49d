# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=flask source=cookie shape=objectid sink=specific expected=false
from bson import ObjectId
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["benchmark"]


@app.route("/00333", methods=["GET", "POST"])
def benchmark_test_00333():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    doc = db.users.find_one({"_id": ObjectId(bar)})
    result = doc is not None
    return jsonify(result=str(result))

# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=flask source=cookie shape=where_json_dumps_int sink=specific expected=false
from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/case-00319", methods=["GET", "POST"])
def case_00319():
    param = request.cookies.get("q", "none")
    bar = param
    docs = list(db.products.find({"$where": "this.stock > " + str(int(bar))}))
    result = len(docs)
    return jsonify(result=str(result))

# generated case: rule=PY-NOSQLI source=json propagation=allowlist_logonly sink=v1 expected=true
import json
import logging

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["app"]
log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


@app.route("/nosqli", methods=["POST"])
def handle_nosqli():
    param = request.get_json()["p"]
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    docs = list(db.users.find({"name": json.loads(bar)}))  # want: PY-NOSQLI
    result = len(docs)
    return jsonify(result=result)

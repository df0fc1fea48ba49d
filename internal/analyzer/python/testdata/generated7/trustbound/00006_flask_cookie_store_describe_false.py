# generated case (gen_cases7): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=cookie shape=store_describe sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class RequestStore:
    def __init__(self):
        self.items = {}

    def put(self, key, value):
        self.items[key] = value

    def fetch(self, key):
        return self.items.get(key, "")

    def describe(self):
        return "items: %d" % len(self.items)


@app.route("/case-00006", methods=["GET", "POST"])
def case_00006():
    param = request.cookies.get("q", "none")
    store = RequestStore()
    store.put("term", param)
    bar = store.describe()
    session["display_name"] = bar
    result = True
    return jsonify(result=str(result))

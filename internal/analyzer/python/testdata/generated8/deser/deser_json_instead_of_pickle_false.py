# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=flask shape=json_instead_of_pickle expected=false
import json
import pickle
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/deser_json_instead_of_pickle", methods=["GET", "POST"])
def case_json_instead_of_pickle():
    param = request.args.get("q", "")
    try:
        obj = json.loads(param)
    except ValueError:
        obj = None
    state = pickle.loads(pickle.dumps(obj))
    return jsonify(result=str(type(state).__name__))

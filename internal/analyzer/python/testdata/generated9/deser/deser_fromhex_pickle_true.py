# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=flask shape=fromhex_pickle expected=true
import pickle
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/deser_fromhex_pickle", methods=["GET", "POST"])
def case_fromhex_pickle():
    param = request.args.get("q", "")
    obj = pickle.loads(bytes.fromhex(param))  # want: PY-DESERIALIZATION
    return jsonify(result=str(type(obj).__name__))

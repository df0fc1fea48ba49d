# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=flask shape=zlib_pickle expected=true
import pickle
import zlib
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/deser_zlib_pickle", methods=["GET", "POST"])
def case_zlib_pickle():
    param = request.args.get("q", "")
    obj = pickle.loads(zlib.decompress(request.get_data()))  # want: PY-DESERIALIZATION
    return jsonify(result=str([param, type(obj).__name__]))

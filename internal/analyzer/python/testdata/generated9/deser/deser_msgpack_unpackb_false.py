# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=flask shape=msgpack_unpackb expected=false
import msgpack
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/deser_msgpack_unpackb", methods=["GET", "POST"])
def case_msgpack_unpackb():
    param = request.args.get("q", "")
    obj = msgpack.unpackb(request.get_data(), raw=False)
    return jsonify(result=str([param, type(obj).__name__]))

# Deserialization: marshal.loads of the raw request body
import marshal

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/rpc", methods=["POST"])
def rpc():
    call = marshal.loads(request.get_data())  # want: PY-DESERIALIZATION
    return jsonify(method=call.get("method"))

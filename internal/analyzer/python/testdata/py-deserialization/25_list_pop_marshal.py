# Deserialization FALSE: tainted blob popped from the list; the remaining element is an app constant
import marshal

from flask import Flask, jsonify, request

app = Flask(__name__)
BUILTIN_STATE = marshal.dumps({"step": 1})


@app.route("/state")
def state():
    blobs = [request.get_data(), BUILTIN_STATE]
    blobs.pop(0)
    return jsonify(marshal.loads(blobs[0]))

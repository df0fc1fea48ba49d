# generated case: rule=PY-DESERIALIZATION source=cookies propagation=direct sink=marshal expected=true
import marshal

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/deser")
def handle_deser():
    param = request.cookies.get("p", "")
    bar = param
    obj = marshal.loads(bytes.fromhex(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)

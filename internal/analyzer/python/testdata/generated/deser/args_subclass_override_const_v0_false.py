# generated case: rule=PY-DESERIALIZATION source=args propagation=subclass_override_const sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


@app.route("/deser")
def handle_deser():
    param = request.args.get("p", "")
    bar = Child().transform(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=result)

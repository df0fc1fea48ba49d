# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=getdata shape=super_init_transformed sink=v3 expected=true
import base64
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


class Field:
    def __init__(self, value):
        self.value = value


class StrippedField(Field):
    def __init__(self, value):
        super().__init__(value.strip())


class DefaultField(Field):
    def __init__(self, value):
        super().__init__("default")
        self.original = value


@app.route("/00008", methods=["POST"])
def benchmark_test_00008():
    param = request.get_data(as_text=True)
    bar = StrippedField(param).value
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))

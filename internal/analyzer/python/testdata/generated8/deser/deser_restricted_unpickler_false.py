# generated case (gen8): category=deser rule=PY-DESERIALIZATION fw=flask shape=restricted_unpickler expected=false
import base64
import io
import pickle
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"

class SafeUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


@app.route("/deser_restricted_unpickler", methods=["GET", "POST"])
def case_restricted_unpickler():
    param = (request.get_json(silent=True) or {}).get("q", "")
    obj = SafeUnpickler(io.BytesIO(base64.b64decode(param))).load()
    return jsonify(result=str(type(obj).__name__))

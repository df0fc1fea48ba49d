# generated case (gen9): category=deser rule=PY-DESERIALIZATION fw=flask shape=base_codec_hook expected=true
import json
import pickle
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

class Codec:
    def decode(self, blob):
        return self.impl(blob)

    def impl(self, blob):
        return json.loads(blob)


class PickleCodec(Codec):
    def impl(self, blob):
        return pickle.loads(blob)  # want: PY-DESERIALIZATION


@app.route("/deser_base_codec_hook", methods=["GET", "POST"])
def case_base_codec_hook():
    param = request.args.get("q", "")
    obj = PickleCodec().decode(request.get_data())
    return jsonify(result=str([param, type(obj).__name__]))

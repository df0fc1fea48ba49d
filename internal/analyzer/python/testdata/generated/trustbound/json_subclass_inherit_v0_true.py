# generated case: rule=PY-TRUST-BOUNDARY source=json propagation=subclass_inherit sink=v0 expected=true
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Base:
    def transform(self, value):
        return value


class Child(Base):
    pass


@app.route("/trustbound", methods=["POST"])
def handle_trustbound():
    param = request.get_json()["p"]
    bar = Child().transform(param)
    session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return jsonify(result=result)

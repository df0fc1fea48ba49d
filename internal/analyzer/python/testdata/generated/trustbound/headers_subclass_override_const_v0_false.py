# generated case: rule=PY-TRUST-BOUNDARY source=headers propagation=subclass_override_const sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


class Base:
    def transform(self, value):
        return value


class Child(Base):
    def transform(self, value):
        return "safe"


@app.route("/trustbound")
def handle_trustbound():
    param = request.headers.get("X-P", "")
    bar = Child().transform(param)
    session["preference"] = bar
    result = True
    return jsonify(result=result)

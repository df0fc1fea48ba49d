# generated case: rule=PY-DESERIALIZATION source=form propagation=subclass_inherit sink=v1 expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


class Base:
    def transform(self, value):
        return value


class Child(Base):
    pass


@app.route("/deser", methods=["POST"])
def handle_deser():
    param = request.form["p"]
    bar = Child().transform(param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=result)

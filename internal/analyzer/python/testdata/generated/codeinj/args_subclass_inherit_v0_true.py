# generated case: rule=PY-CODE-INJECTION source=args propagation=subclass_inherit sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


class Base:
    def transform(self, value):
        return value


class Child(Base):
    pass


@app.route("/codeinj")
def handle_codeinj():
    param = request.args.get("p", "")
    bar = Child().transform(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return jsonify(result=result)

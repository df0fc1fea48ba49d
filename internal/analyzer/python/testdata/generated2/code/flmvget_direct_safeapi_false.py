# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvget propagation=direct sink=safe-api expected=false
import ast

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCodeView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        result = str(ast.literal_eval(bar))
        return jsonify(result=result)


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))

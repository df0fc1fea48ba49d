# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvinherit propagation=direct sink=safe-api expected=false
import ast

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        result = str(ast.literal_eval(bar))
        return jsonify(result=result)


class HandleCodeView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))

# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvsuper propagation=direct sink=safe-api expected=false
import ast
import logging

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        result = str(ast.literal_eval(bar))
        return jsonify(result=result)


class HandleCodeView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))

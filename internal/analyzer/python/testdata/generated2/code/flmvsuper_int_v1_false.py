# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flmvsuper propagation=int sink=v1 expected=false
import logging

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(int(param))
        result = str(eval(bar, {"__builtins__": {}}))
        return jsonify(result=result)


class HandleCodeView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/code", view_func=HandleCodeView.as_view("code"))

# generated case (gen_cases2): rule=PY-DESERIALIZATION context=flmvsuper propagation=direct sink=safe-api expected=false
import json
import logging

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)
log = logging.getLogger(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        obj = json.loads(bar)
        result = type(obj).__name__
        return jsonify(result=result)


class HandleDeserView(BaseLookupView):
    def get(self):
        log.info("lookup")
        return super().get()


app.add_url_rule("/deser", view_func=HandleDeserView.as_view("deser"))

# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=with_ctx sink=v0 expected=true
import contextlib

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        with contextlib.nullcontext(param) as v:
            bar = v
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))

# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=deque_pop sink=v0 expected=true
import collections

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        dq = collections.deque(["safe"])
        dq.append(param)
        bar = dq.pop()
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))

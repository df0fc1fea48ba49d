# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=functools_partial sink=v0 expected=true
import functools

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        join2 = functools.partial(lambda a, b: a + b, "")
        bar = join2(param)
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))

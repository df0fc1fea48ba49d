# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=markupsafe_escape sink=v0 expected=false
import markupsafe

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(markupsafe.escape(param))
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))

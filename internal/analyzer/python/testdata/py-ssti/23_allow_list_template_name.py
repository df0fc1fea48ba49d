# SSTI FALSE: the request picks one of a fixed set of template sources by key
from flask import Flask, abort, render_template_string, request

app = Flask(__name__)
LAYOUTS = {
    "compact": "<ul>{% for i in items %}<li>{{ i }}</li>{% endfor %}</ul>",
    "table": "<table>{% for i in items %}<tr><td>{{ i }}</td></tr>{% endfor %}</table>",
}


@app.route("/items")
def items():
    layout = request.args.get("layout", "compact")
    if layout not in LAYOUTS:
        abort(400)
    return render_template_string(LAYOUTS[layout], items=["a", "b"])

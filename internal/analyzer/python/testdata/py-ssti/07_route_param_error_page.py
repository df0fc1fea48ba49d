# SSTI: custom 404 builds its template from the requested page route parameter
from flask import Flask, render_template_string

app = Flask(__name__)


@app.route("/pages/<page>")
def static_page(page):
    template = """<h1>Not found</h1><p>The page %s could not be found.</p>""" % page
    return render_template_string(template), 404  # want: PY-SSTI

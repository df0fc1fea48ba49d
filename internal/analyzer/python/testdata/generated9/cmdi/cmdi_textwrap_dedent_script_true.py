# generated case (gen9): category=cmdi rule=PY-CMDI fw=flask shape=textwrap_dedent_script expected=true
import os
import textwrap
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/cmdi_textwrap_dedent_script", methods=["GET", "POST"])
def case_textwrap_dedent_script():
    param = request.form.get("q", "")
    script = textwrap.dedent(f"""
        tar czf /tmp/out.tgz {param}
    """).strip()
    rc = os.system(script)  # want: PY-CMDI
    return jsonify(result=str(rc))

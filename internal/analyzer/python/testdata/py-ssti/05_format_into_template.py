# SSTI: user signature inserted with % into a template string stored in a dict
from flask import Flask, render_template_string, request

app = Flask(__name__)

TEMPLATES = {"footer": "<footer>%s — sent from {{ shop_name }}</footer>"}


@app.route("/signature/preview", methods=["POST"])
def signature_preview():
    sig = request.form.get("signature", "")
    source = TEMPLATES["footer"] % sig
    return render_template_string(source, shop_name="Acme")  # want: PY-SSTI

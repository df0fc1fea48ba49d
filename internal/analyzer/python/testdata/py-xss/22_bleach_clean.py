# XSS FALSE: user bio sanitised with bleach.clean before being marked safe
import bleach
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)
ALLOWED = ["b", "i", "em", "strong", "a", "p"]


@app.route("/bio/preview", methods=["POST"])
def bio_preview():
    clean = bleach.clean(request.form.get("bio", ""), tags=ALLOWED, strip=True)
    return render_template("bio.html", bio=Markup(clean))

# SQLi FALSE: pandas.read_sql with a pyformat placeholder and params=
import sqlite3

import pandas as pd
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/export.csv")
def export_csv():
    country = request.args.get("country", "DE")
    con = sqlite3.connect("analytics.db")
    df = pd.read_sql("SELECT * FROM signups WHERE country = :country", con, params={"country": country})
    return Response(df.to_csv(index=False), mimetype="text/csv")

# SQLi: export endpoint passes a tainted table/filter into pandas.read_sql
import sqlite3

import pandas as pd
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/export.csv")
def export_csv():
    country = request.args.get("country", "DE")
    con = sqlite3.connect("analytics.db")
    df = pd.read_sql(f"SELECT * FROM signups WHERE country = '{country}'", con)  # want: PY-SQLI
    return Response(df.to_csv(index=False), mimetype="text/csv")

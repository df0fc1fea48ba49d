# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=fastapi source=headerparam shape=varargs_last sink=v0 expected=true
import sqlite3

from fastapi import FastAPI, Header, Request

app = FastAPI()


def last(*values):
    return values[-1]


@app.get("/00237")
def benchmark_test_00237(request: Request, referer: str = Header("")):
    param = referer
    bar = last("safe", param)
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME='foo' and PASSWORD='" + bar + "'")  # want: PY-SQLI
    result = cur.fetchall()
    return {"result": str(result)}

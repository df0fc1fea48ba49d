# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=form propagation=stringio (helper class) sink=v1 expected=true
import io
import sqlite3

from fastapi import FastAPI, Request

app = FastAPI()


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


@app.post("/00024")
async def benchmark_test_00024(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return {"result": str(result)}

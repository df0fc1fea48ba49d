# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=form shape=jsonify sink=specific expected=false
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00421")
async def benchmark_test_00421(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    return {"name": bar}
